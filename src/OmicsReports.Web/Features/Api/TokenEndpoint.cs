using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OmicsReports.Data.Api;
using OmicsReports.Data.Audit;
using OmicsReports.Web.Features.Account;

namespace OmicsReports.Web.Features.Api;

/// <summary>The token an API client receives (RFC 6749, section 5.1).</summary>
internal sealed record TokenResponse(
    [property: System.Text.Json.Serialization.JsonPropertyName("access_token")] string AccessToken,
    [property: System.Text.Json.Serialization.JsonPropertyName("token_type")] string TokenType,
    [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] int ExpiresIn,
    [property: System.Text.Json.Serialization.JsonPropertyName("scope")] string Scope);

/// <summary>
/// POST /api/v1/token: the OAuth 2.0 client-credentials grant (RFC 6749, section 4.4). The client sends its id and
/// secret (form fields or HTTP Basic) and receives a short-lived JWT that carries its id and scopes. Every attempt is
/// audited; a refusal does not say whether the id or the secret was wrong.
/// </summary>
internal static class TokenEndpoint
{
    public static void MapTokenEndpoint(this RouteGroupBuilder api)
    {
        api.MapPost("/token", IssueAsync).AllowAnonymous().DisableAntiforgery()
            .Accepts<IFormCollection>("application/x-www-form-urlencoded")
            .Produces<TokenResponse>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithSummary("Exchange a client's id and secret for an access token (client_credentials).");
    }

    private static async Task<IResult> IssueAsync(
        HttpContext context, ApiClients clients, ApiSigningKey key, AuditTrail audit, TimeProvider clock, IOptions<ApiOptions> options)
    {
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(context.RequestAborted) : null;
        if (form?["grant_type"].ToString() != "client_credentials")
        {
            return ApiProblems.Problem(StatusCodes.Status400BadRequest, "Unsupported grant", "Post grant_type=client_credentials as a form.",
                new Dictionary<string, object?> { ["error"] = "unsupported_grant_type" });
        }

        var (id, secret) = Credentials(context.Request, form);
        var client = await clients.AuthenticateAsync(id, secret, context.RequestAborted);
        if (client is null)
        {
            await audit.AppendAsync(new AuditEntry
            {
                Action = AuditActions.ApiTokenRefused, TargetType = AuditTargets.ApiClient, TargetId = Guid.TryParse(id, out var claimed) ? claimed.ToString() : string.Empty,
                RemoteAddress = RemoteAddress.Of(context), Detail = "client id or secret not accepted",
            }, context.RequestAborted);
            return ApiProblems.Problem(StatusCodes.Status401Unauthorized, "Client not accepted", "The client id or secret is wrong, or the client is disabled.",
                new Dictionary<string, object?> { ["error"] = "invalid_client" });
        }

        var lifetime = TimeSpan.FromMinutes(Math.Clamp(options.Value.TokenMinutes, 1, 60));
        var now = clock.GetUtcNow().UtcDateTime;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = ApiAuth.Issuer,
            Audience = ApiAuth.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(key.Key, SecurityAlgorithms.HmacSha256),
            Claims = new Dictionary<string, object>
            {
                ["sub"] = client.Id.ToString(),
                [ApiScopes.ClientIdClaim] = client.Id.ToString(),
                ["name"] = $"{client.Name} (API client)",
                [ApiScopes.Claim] = client.Scopes,
            },
        });
        await audit.AppendAsync(new AuditEntry
        {
            UserId = client.Id.ToString(), UserName = $"{client.Name} (API client)", Action = AuditActions.ApiToken, TargetType = AuditTargets.ApiClient,
            TargetId = client.Id.ToString(), RemoteAddress = RemoteAddress.Of(context), Detail = $"token issued for {lifetime.TotalMinutes:0} min, scopes {client.Scopes}",
        }, context.RequestAborted);
        return TypedResults.Ok(new TokenResponse(token, "Bearer", (int)lifetime.TotalSeconds, client.Scopes));
    }

    /// <summary>HTTP Basic takes precedence over form fields (RFC 6749, section 2.3.1, prefers Basic).</summary>
    private static (string Id, string Secret) Credentials(HttpRequest request, IFormCollection form)
    {
        if (AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header) &&
            string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase) && header.Parameter is { } encoded)
        {
            try
            {
                var pair = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
                var colon = pair.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0)
                {
                    return (Uri.UnescapeDataString(pair[..colon]), Uri.UnescapeDataString(pair[(colon + 1)..]));
                }
            }
            catch (FormatException)
            {
                return (string.Empty, string.Empty);
            }
        }

        return (form["client_id"].ToString(), form["client_secret"].ToString());
    }

    /// <summary>Adds the subject as the name identifier, which the audit trail records as the actor's id.</summary>
    public static Task OnTokenValidated(Microsoft.AspNetCore.Authentication.JwtBearer.TokenValidatedContext context)
    {
        if (context.Principal?.Identity is ClaimsIdentity identity && identity.FindFirst("sub") is { } subject)
        {
            identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, subject.Value));
        }

        return Task.CompletedTask;
    }

    internal static string Seconds(TimeSpan span) => ((int)Math.Ceiling(span.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
