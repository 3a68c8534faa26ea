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

        // The retry link repeats the request the person made (a GET; a refused form post is better re-sent by hand).
        var again = WebUtility.HtmlEncode(context.Request.PathBase + context.Request.Path + context.Request.QueryString);
        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{reason.Title} · OmicsReports</title></head>
            <body><main><h1>{reason.Title}</h1><p>{message}</p><p><a href="{again}">Retry</a></p></main></body></html>
            """, context.RequestAborted);
    }

    internal sealed record Reason(string Title, string Message);
}
