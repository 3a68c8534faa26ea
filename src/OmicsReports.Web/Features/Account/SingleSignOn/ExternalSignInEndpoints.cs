using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OmicsReports.Data.Identity;

namespace OmicsReports.Web.Features.Account.SingleSignOn;

/// <summary>
/// Sign-in through a provider: the login page's button posts here, the provider's answer lands in the external cookie,
/// and the callback turns it into the local session (<see cref="ExternalAccounts"/>).
/// </summary>
internal static class ExternalSignInEndpoints
{
    public static IEndpointRouteBuilder MapExternalSignIn(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/Account/External/{scheme}", ChallengeAsync).AllowAnonymous();
        endpoints.MapGet("/Account/External/Callback", CallbackAsync).AllowAnonymous();
        endpoints.MapGet("/Account/Hop", (string? to) => Hop(to)).AllowAnonymous();
        endpoints.MapReauthentication();
        return endpoints;
    }

    private static async Task<IResult> ChallengeAsync(
        string scheme, string? returnUrl, HttpContext context, IAntiforgery antiforgery, ExternalProviders providers, SignInManager<OmicsUser> signIn)
    {
        if (!await antiforgery.IsRequestValidAsync(context) || providers.Find(scheme) is null)
        {
            return TypedResults.BadRequest();
        }

        var callback = "/Account/External/Callback?returnUrl=" + Uri.EscapeDataString(IdentityRedirects.IsLocal(returnUrl) ? returnUrl! : "/");
        return TypedResults.Challenge(signIn.ConfigureExternalAuthenticationProperties(scheme, callback), [scheme]);
    }

    private static async Task<IResult> CallbackAsync(string? returnUrl, HttpContext context, ExternalProviders providers, ExternalAccounts accounts)
    {
        var result = await context.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await context.SignOutAsync(IdentityConstants.ExternalScheme);
        var provider = providers.Find(result.Properties?.Items.TryGetValue("LoginProvider", out var scheme) == true ? scheme : null);
        if (!result.Succeeded || provider is null)
        {
            return TypedResults.LocalRedirect("/Account/Login?external=failed");
        }

        var outcome = await accounts.SignInAsync(result.Principal!, provider, RemoteAddress.Of(context));
        return outcome switch
        {
            ExternalOutcome.SignedIn => Hop(returnUrl),
            ExternalOutcome.Locked => TypedResults.LocalRedirect("/Account/NoAccess?reason=locked"),
            ExternalOutcome.NoAccount => TypedResults.LocalRedirect("/Account/NoAccess?reason=account"),
            _ => TypedResults.LocalRedirect("/Account/NoAccess?reason=role&provider=" + Uri.EscapeDataString(provider.DisplayName)),
        };
    }

    /// <summary>
    /// A page that moves on by itself. The provider's answer arrives as a cross-site request, so the browser withholds
    /// the app's SameSite=Strict session cookie until a navigation starts from the app's own page: this one.
    /// </summary>
    public static IResult Hop(string? to)
    {
        var target = WebUtility.HtmlEncode(IdentityRedirects.IsLocal(to) ? to! : "/");
        var html = $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0;url={target}"><title>Signing in · OmicsReports</title></head>
            <body><p>Signing you in… <a href="{target}">Continue</a></p></body></html>
            """;
        return TypedResults.Content(html, "text/html; charset=utf-8");
    }
}
