using System.Security.Claims;

namespace OmicsReports.Web.Features.Account.SingleSignOn;

/// <summary>
/// Reads a provider's claims by their names in the token (<c>roles</c>, <c>oid</c>, <c>sub</c>, ...), whether the
/// handler kept those names or mapped them to the long .NET claim types (Identity.Web maps some on its own).
/// </summary>
public static class ProviderClaims
{
    private static readonly Dictionary<string, string> LongNames = new(StringComparer.Ordinal)
    {
        ["roles"] = ClaimTypes.Role,
        ["role"] = ClaimTypes.Role,
        ["oid"] = "http://schemas.microsoft.com/identity/claims/objectidentifier",
        ["tid"] = "http://schemas.microsoft.com/identity/claims/tenantid",
        ["sub"] = ClaimTypes.NameIdentifier,
        ["email"] = ClaimTypes.Email,
        ["name"] = ClaimTypes.Name,
        ["groups"] = "http://schemas.microsoft.com/ws/2008/06/identity/claims/groups",
    };

    public static IEnumerable<string> Values(IEnumerable<Claim> claims, string type)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var longName = LongNames.GetValueOrDefault(type);
        return claims.Where(c => c.Type == type || (longName is not null && c.Type == longName)).Select(c => c.Value).Distinct(StringComparer.Ordinal);
    }

    public static string? First(ClaimsPrincipal principal, string type)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return Values(principal.Claims, type).FirstOrDefault();
    }
}
