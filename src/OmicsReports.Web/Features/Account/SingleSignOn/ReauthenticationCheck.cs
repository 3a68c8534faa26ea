using System.Globalization;

namespace OmicsReports.Web.Features.Account.SingleSignOn;

/// <summary>Whether the provider's answer proves a fresh login by the signer; <see cref="Problem"/> says why not.</summary>
public sealed record ReauthenticationCheck(DateTimeOffset? AuthenticatedAt, string? Problem)
{
    /// <summary>Clock difference tolerated between the app and the provider.</summary>
    public static readonly TimeSpan Skew = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The provider must have authenticated the same person after the signature was requested (minus clock skew), and
    /// not longer ago than <paramref name="maxAge"/>: a provider that ignored <c>prompt=login</c> and answered from an
    /// older session is refused.
    /// </summary>
    public static ReauthenticationCheck Evaluate(bool samePerson, string? authTime, DateTimeOffset requestedAt, DateTimeOffset now, TimeSpan maxAge)
    {
        if (!samePerson)
        {
            return new ReauthenticationCheck(null, ProviderSigning.OtherPerson);
        }

        if (!long.TryParse(authTime, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
        {
            return new ReauthenticationCheck(null, ProviderSigning.NoAuthTime);
        }

        var at = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return at < requestedAt - Skew || at > now + Skew || now - at > maxAge
            ? new ReauthenticationCheck(at, ProviderSigning.NotFresh)
            : new ReauthenticationCheck(at, null);
    }
}
