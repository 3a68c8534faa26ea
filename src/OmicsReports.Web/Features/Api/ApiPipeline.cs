using Microsoft.AspNetCore.Authentication;
using OmicsReports.Data.Api;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Identity;
using OmicsReports.Web.Features.Account;
using Scalar.AspNetCore;

namespace OmicsReports.Web.Features.Api;

/// <summary>The API's middleware (who is calling, rate limit, audit of every call) and its endpoints.</summary>
internal static class ApiPipeline
{
    /// <summary>
    /// Between authentication and authorization: reads the bearer token of /api/v1 requests early, so that the rate
    /// limiter counts per client, and audits every call of a client with its id, status included (429 and 403 too).
    /// </summary>
    public static IApplicationBuilder UseOmicsApi(this IApplicationBuilder app)
    {
        app.UseWhen(context => ApiAuth.IsApi(context.Request), api => api.Use(async (context, next) =>
        {
            var result = await context.AuthenticateAsync(ApiAuth.Scheme);
            if (result.Succeeded)
            {
                context.User = result.Principal;
            }

            await next(context);
            if (context.User.FindFirst(ApiScopes.ClientIdClaim)?.Value is { } clientId)
            {
                // The path holds ids only; the query is left out, as it may carry anything.
                await context.RequestServices.GetRequiredService<AuditTrail>().RecordAsync(AuditActions.ApiCall, context.User, AuditTargets.ApiClient, clientId,
                    RemoteAddress.Of(context), $"{context.Request.Method} {context.Request.Path} -> {context.Response.StatusCode}", CancellationToken.None);
            }
        }));
        app.UseRateLimiter();
        return app;
    }

    public static WebApplication MapOmicsApi(this WebApplication app)
    {
        var api = app.MapGroup(ApiAuth.Prefix);
        api.MapTokenEndpoint();
        api.MapImportEndpoints();
        api.MapReadEndpoints();
        app.MapOpenApi($"{ApiAuth.Prefix}/openapi.json").RequireAuthorization(ApiAuth.DocsPolicy);
        app.MapScalarApiReference("/admin/api", options => options
                .WithTitle("OmicsReports laboratory API")
                .AddDocument("v1", "OmicsReports laboratory API", $"{ApiAuth.Prefix}/openapi.json"))
            .RequireAuthorization(Policies.Administer)
            .Add(endpoint =>
            {
                // Scalar's page starts from an inline script; this Admin-only page, which shows no patient data,
                // is the one place the app's Content-Security-Policy allows one.
                var inner = endpoint.RequestDelegate!;
                endpoint.RequestDelegate = context =>
                {
                    context.Response.Headers.ContentSecurityPolicy =
                        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
                        "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
                    return inner(context);
                };
            });
        return app;
    }
}
