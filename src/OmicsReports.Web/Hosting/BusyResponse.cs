using System.Globalization;
using System.Net;

namespace OmicsReports.Web.Hosting;

/// <summary>
/// The 503 answer of a node that cannot serve a request now (too busy, or its database is down): Retry-After, and
/// a small page that says what to do for a person, problem JSON for /api. Written without the app's components, so
/// it stays cheap and works when the database does not.
/// </summary>
internal static class BusyResponse
{
    public static readonly Reason Overloaded = new("Service busy", "The service is busy; retry in {0} seconds.");

    public static readonly Reason DatabaseDown = new("Database unavailable", "The database is unavailable; retry in a moment (about {0} seconds).");

    public static async Task WriteAsync(HttpContext context, int retryAfterSeconds, Reason reason)
    {
        var seconds = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        var message = string.Format(CultureInfo.InvariantCulture, reason.Message, seconds);
        var response = context.Response;
        response.Clear();
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = seconds;
        response.Headers.CacheControl = "no-store";
        if (ApiResponses.IsApi(context.Request))
        {
            await Results.Problem(message, title: reason.Title, statusCode: StatusCodes.Status503ServiceUnavailable).ExecuteAsync(context);
            return;
        }

        // The retry link repeats the request the person made. A page fetched with GET also retries itself once the
        // Retry-After has passed; a refused form post is better re-sent by hand, so it is never repeated unasked.
        var again = WebUtility.HtmlEncode(context.Request.PathBase + context.Request.Path + context.Request.QueryString);
        var refresh = HttpMethods.IsGet(context.Request.Method) ? $"""<meta http-equiv="refresh" content="{seconds}">""" : string.Empty;
        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">{refresh}
            <title>{reason.Title} · OmicsReports</title><style>{Style}</style></head>
            <body><main><h1>{reason.Title}</h1><p>{message}</p><p><a href="{again}">Retry</a></p></main></body></html>
            """, context.RequestAborted);
    }

    /// <summary>
    /// Inline, so the page looks like the app's without a stylesheet request to the busy node; the colours and font are
    /// those of the design tokens (Reporting/wwwroot/tokens.css: ink, surface-alt, border, accent, focus).
    /// </summary>
    private const string Style =
        "body{margin:0;font:16px/1.5 \"Noto Sans\",\"DejaVu Sans\",system-ui,sans-serif;color:#1b1f24;background:#f4f6f8}" +
        "main{max-width:32rem;margin:12vh auto;padding:1.5rem 2rem;background:#fff;border:1px solid #c9ced6;" +
        "border-top:4px solid #1f4e79;border-radius:8px}" +
        "h1{font-size:1.5rem;margin:0 0 .5rem}a{color:#1f4e79;font-weight:600}a:focus{outline:3px solid #1a56db;outline-offset:2px}";

    internal sealed record Reason(string Title, string Message);
}
