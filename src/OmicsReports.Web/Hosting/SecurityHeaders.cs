namespace OmicsReports.Web.Hosting;

/// <summary>Response headers that keep pages and downloads with patient data out of caches and frames.</summary>
internal static class SecurityHeaders
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /// <param name="signInOrigins">
    /// The identity providers' origins: a sign-in button posts to the app, which redirects the form to the provider,
    /// and browsers hold that redirect to <c>form-action</c> too.
    /// </param>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, IEnumerable<string> signInOrigins)
    {
        var policy = string.Join(' ', signInOrigins.Distinct(StringComparer.Ordinal).Prepend(ContentSecurityPolicy));
        return app.Use((context, next) => Apply(context, next, policy));
    }

    private static Task Apply(HttpContext context, Func<Task> next, string contentSecurityPolicy)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.ContentSecurityPolicy = contentSecurityPolicy;
        context.Response.OnStarting(() =>
        {
            // Pages, JSON, PDF (and later FHIR and HL7) may carry patient data: never let a shared cache or the back
            // button keep them. Only responses that chose to be cached keep their header: the static assets.
            var cacheControl = context.Response.Headers.CacheControl.ToString();
            if (cacheControl.Length == 0 || cacheControl.Contains("no-cache", StringComparison.OrdinalIgnoreCase) ||
                cacheControl.Contains("no-store", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.Headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        return next();
    }
}
