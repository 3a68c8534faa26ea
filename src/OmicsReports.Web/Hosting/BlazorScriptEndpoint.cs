namespace OmicsReports.Web.Hosting;

/// <summary>
/// Serves <c>/_framework/blazor.web.js</c> from the copy embedded at build time (see build/BlazorScript.targets).
/// Without OMICS_BUNDLED_BLAZOR_SCRIPT the framework's own static asset serves it and this maps nothing.
/// </summary>
internal static class BlazorScriptEndpoint
{
    public const string Path = "/_framework/blazor.web.js";

    public static IEndpointRouteBuilder MapBlazorScript(this IEndpointRouteBuilder endpoints)
    {
#if OMICS_BUNDLED_BLAZOR_SCRIPT
        var script = Load();
        var etag = new Microsoft.Net.Http.Headers.EntityTagHeaderValue(
            $"\"{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(script))[..16]}\"");
        endpoints.MapGet(Path, (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "no-cache";
            context.Response.Headers.ETag = etag.ToString();
            if (context.Request.Headers.IfNoneMatch.ToString() == etag.ToString())
            {
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }

            return Results.Bytes(script, "text/javascript");
        }).AllowAnonymous().ExcludeFromDescription();
#endif
        return endpoints;
    }

#if OMICS_BUNDLED_BLAZOR_SCRIPT
    private static byte[] Load()
    {
        using var stream = typeof(BlazorScriptEndpoint).Assembly.GetManifestResourceStream("OmicsReports.blazor.web.js")
            ?? throw new InvalidOperationException("blazor.web.js was not embedded; rebuild with OmicsBundledBlazorScript=true.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
#endif
}
