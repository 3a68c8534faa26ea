using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OmicsReports.Data.Identity;

namespace OmicsReports.Web.Features.Account;

/// <summary>
/// Checks the cookie's security stamp against the account on every request (Identity's own validator does so only
/// every 30 minutes), so a cookie from before a sign-out, password, two-factor or role change is refused on its next
/// request, by pages and endpoints alike. One primary-key read per request; the principal is not rebuilt, because
/// everything it carries (roles included) can only change together with the stamp.
/// </summary>
internal sealed class SessionStampValidator(SessionStamps stamps, IOptions<IdentityOptions> identity) : ISecurityStampValidator
{
    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await IsCurrentAsync(context.Principal))
        {
            return;
        }

        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }

    private async Task<bool> IsCurrentAsync(ClaimsPrincipal? principal)
    {
        var userId = principal?.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType);
        if (string.IsNullOrEmpty(userId))
        {
            return false;
        }

        var stamp = principal!.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        return !string.IsNullOrEmpty(stamp) && string.Equals(stamp, await stamps.CurrentAsync(userId), StringComparison.Ordinal);
    }
}
