using System.Text;
using Microsoft.Net.Http.Headers;
using OmicsReports.Reporting.Theme;

namespace OmicsReports.Web.Hosting;

/// <summary>
/// <c>GET /theme.css</c>: the MudTheme's CSS (<see cref="ThemeStylesheet"/>), rendered once at start-up and linked from
/// every page instead of a style block in each. Public like the other stylesheets: it holds colours and sizes only.
/// </summary>
internal static class ThemeStylesheetEndpoint
{
    public static IEndpointRouteBuilder MapThemeStylesheet(this IEndpointRouteBuilder endpoints)
    {
        // Rendered here, at start-up, so a MudBlazor change that breaks it stops the app instead of a page.
        var stylesheet = ThemeStylesheet.Shipped;
        var etag = new EntityTagHeaderValue($"\"{stylesheet.Version}\"");
        endpoints.MapGet(ThemeStylesheet.Path, (HttpContext context) =>
        {
            var headers = context.Response.GetTypedHeaders();
            headers.ETag = etag;
            // The page's link carries the version, so a versioned address never changes content: cache it for good.
            // Any other address (an old version, none) is revalidated, so it never serves a stale theme for long.
            headers.CacheControl = context.Request.Query["v"] == stylesheet.Version
                ? new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromDays(365), Extensions = { new NameValueHeaderValue("immutable") } }
                : new CacheControlHeaderValue { Public = true, NoCache = true };
            if (context.Request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.Compare(etag, useStrongComparison: false)))
            {
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }

            return Results.Text(stylesheet.Css, "text/css", Encoding.UTF8);
        }).AllowAnonymous();
        return endpoints;
    }
}
