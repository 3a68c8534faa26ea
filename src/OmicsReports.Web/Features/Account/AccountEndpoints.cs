using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Identity;

namespace OmicsReports.Web.Features.Account;

/// <summary>Account actions that are plain form posts rather than pages.</summary>
internal static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/Account/Logout", SignOutAsync).RequireAuthorization();
        return endpoints;
    }

    private static async Task<IResult> SignOutAsync(
        HttpContext context,
        ClaimsPrincipal user,
        IAntiforgery antiforgery,
        SignInManager<OmicsUser> signIn,
        SessionEnding sessions,
        AuditTrail audit)
    {
        // The form carries an antiforgery token; without it a third-party page could sign users out.
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return TypedResults.BadRequest();
        }

        await audit.RecordAsync(AuditActions.SignOut, user, "User", user.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty,
            RemoteAddress.Of(context));
        // Deleting this browser's cookie is not enough: a copy of it must stop working too, so the account's security
        // stamp changes, which ends every session of the account (this app has no "remember me" to spare).
        if (await signIn.UserManager.GetUserAsync(user) is { } account)
        {
            await sessions.EndAllAsync(account);
        }

        await signIn.SignOutAsync();
        return TypedResults.LocalRedirect("/Account/Login");
    }
}
