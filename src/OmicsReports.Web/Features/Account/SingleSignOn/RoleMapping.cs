using System.Security.Claims;
using OmicsReports.Data.Identity;

namespace OmicsReports.Web.Features.Account.SingleSignOn;

/// <summary>The provider's claim values, mapped to OmicsReports roles by the settings; nothing else grants a role.</summary>
public static class RoleMapping
{
    /// <summary>The roles, in the order <see cref="Roles.All"/> lists them; empty when no value is mapped.</summary>
    public static IReadOnlyList<string> Map(IEnumerable<Claim> claims, ProviderMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(mapping);
        var granted = ProviderClaims.Values(claims, mapping.RoleClaim)
            .Select(value => mapping.Roles.TryGetValue(value, out var role) ? Roles.Normalize(role) : null)
            .Where(role => role is not null)
            .ToHashSet(StringComparer.Ordinal);
        return Roles.All.Where(granted.Contains).ToList();
    }
}
