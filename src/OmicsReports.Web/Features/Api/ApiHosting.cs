using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OmicsReports.Data.Api;
using OmicsReports.Data.Identity;

namespace OmicsReports.Web.Features.Api;

/// <summary>The laboratory API's services: bearer tokens, scope policies, the rate limiter, the import worker, OpenAPI.</summary>
internal static class ApiHosting
{
    public static IHostApplicationBuilder AddOmicsApi(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ApiOptions>().Bind(builder.Configuration.GetSection(ApiOptions.Section));
        services.AddSingleton<ApiSigningKey>();
        services.AddSingleton<ApiImportQueue>();
        services.AddHostedService<ApiImportWorker>();

        // Added beside the cookie scheme, which stays the default: pages and /api/cases keep working as before.
        services.AddAuthentication().AddJwtBearer(ApiAuth.Scheme, options =>
        {
            options.MapInboundClaims = false;
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = ApiAuth.Issuer,
                ValidAudience = ApiAuth.Audience,
                ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                NameClaimType = "name",
                ClockSkew = TimeSpan.FromSeconds(30),
            };
            options.Events = new JwtBearerEvents
            {
                OnTokenValidated = TokenEndpoint.OnTokenValidated,
                OnChallenge = Refuse(StatusCodes.Status401Unauthorized, "Token required", "Send a valid bearer token from POST /api/v1/token."),
                OnForbidden = context => context.Response.HasStarted ? Task.CompletedTask
                    : ApiProblems.WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden, "Scope missing", "This client's scopes do not allow this request."),
            };
        });
        services.AddOptions<JwtBearerOptions>(ApiAuth.Scheme)
            .Configure<ApiSigningKey>((options, key) => options.TokenValidationParameters.IssuerSigningKey = key.Key);

        services.AddAuthorizationBuilder()
            .AddPolicy(ApiAuth.ImportPolicy, p => p.AddAuthenticationSchemes(ApiAuth.Scheme).RequireAuthenticatedUser().RequireAssertion(c => ApiScopes.Has(c.User, ApiScopes.Import)))
            .AddPolicy(ApiAuth.ReadPolicy, p => p.AddAuthenticationSchemes(ApiAuth.Scheme).RequireAuthenticatedUser().RequireAssertion(c => ApiScopes.Has(c.User, ApiScopes.Read)))
            .AddPolicy(ApiAuth.DocsPolicy, p => p.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme, ApiAuth.Scheme).RequireAuthenticatedUser()
                .RequireAssertion(c => c.User.IsInRole(Roles.Admin) || c.User.HasClaim(x => x.Type == ApiScopes.ClientIdClaim)));

        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => ApiAuth.IsApi(context.Request)
                ? RateLimitPartition.GetFixedWindowLimiter(Partition(context), key => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, context.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value.PermitsPerMinute),
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter("pages"));
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (rejected, _) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                rejected.HttpContext.Response.Headers.RetryAfter = TokenEndpoint.Seconds(retryAfter);
                return new ValueTask(ApiProblems.WriteAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests, "Too many requests",
                    $"This client sent more requests than the API allows per minute; retry after {TokenEndpoint.Seconds(retryAfter)} s."));
            };
        });

        services.AddOpenApi("v1", options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1", StringComparison.OrdinalIgnoreCase) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "OmicsReports laboratory API";
                document.Info.Description = "Import results and read reports. Authenticate with POST /api/v1/token (client_credentials); docs/interop.md.";
                return Task.CompletedTask;
            });
        });
        return builder;
    }

    /// <summary>A client is limited by its id; a request without a valid token (the token endpoint) by its address.</summary>
    private static string Partition(HttpContext context) =>
        context.User.FindFirst(ApiScopes.ClientIdClaim)?.Value is { } client ? $"client:{client}" : $"address:{Account.RemoteAddress.Of(context)}";

    private static Func<JwtBearerChallengeContext, Task> Refuse(int status, string title, string detail) => context =>
    {
        // The cookie scheme may have answered already (the OpenAPI document accepts both); never write twice.
        context.HandleResponse();
        return context.Response.HasStarted ? Task.CompletedTask : ApiProblems.WriteAsync(context.HttpContext, status, title, detail);
    };
}
