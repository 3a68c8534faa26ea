using System.Text.RegularExpressions;
using OmicsReports.Data.Identity;

namespace OmicsReports.Web.Features.Account.SingleSignOn;

/// <summary>One configured sign-in provider as the pages and the account mapping see it.</summary>
/// <param name="Scheme">The authentication scheme: <c>Entra</c>, or <c>oidc-{name}</c>.</param>
/// <param name="KeyClaim">The claim that identifies a person for good: Entra's object id, else <c>sub</c>.</param>
/// <param name="Origin">Where the browser is sent to sign in (scheme, host, port); the content security policy allows it.</param>
public sealed record ExternalProvider(string Scheme, string DisplayName, ProviderMapping Mapping, string KeyClaim, string Origin);

/// <summary>
/// The configured providers, read once from the settings and checked: a mistake (a role that does not exist, local
/// accounts off with no provider) stops the start with a message rather than locking everyone out later.
/// </summary>
public sealed partial class ExternalProviders
{
    public const string EntraScheme = "Entra";
    public const string OidcSchemePrefix = "oidc-";

    /// <param name="entraInstance">AzureAd:Instance when Entra ID is configured, else null.</param>
    public ExternalProviders(SsoOptions options, string? entraInstance)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        var all = new List<ExternalProvider>();
        if (entraInstance is not null)
        {
            all.Add(new ExternalProvider(EntraScheme, Text(options.Entra.DisplayName, "Microsoft Entra ID"), options.Entra, "oid", OriginOf(entraInstance)));
        }

        all.AddRange(options.Providers.Select(p => new ExternalProvider(p.Scheme, Text(p.DisplayName, p.Name), p, "sub", OriginOf(p.Authority))));
        All = all;
    }

    public SsoOptions Options { get; }

    public IReadOnlyList<ExternalProvider> All { get; }

    /// <summary>Local accounts are off only when the settings say so and a provider exists (checked at start).</summary>
    public bool LocalAccounts => Options.LocalAccounts || All.Count == 0;

    public ExternalProvider? Find(string? scheme) => All.FirstOrDefault(p => string.Equals(p.Scheme, scheme, StringComparison.Ordinal));

    /// <summary>Every problem of the settings, in words an operator can act on; empty when they are usable.</summary>
    public static IReadOnlyList<string> Problems(SsoOptions options, bool entraConfigured)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (!options.LocalAccounts && !entraConfigured && options.Providers.Count == 0)
        {
            problems.Add($"{SsoOptions.Section}:LocalAccounts is false but no provider is configured (AzureAd:ClientId or {SsoOptions.Section}:Providers), so nobody could sign in.");
        }

        if (options.ReauthenticationMaxAgeSeconds is < 30 or > 3600)
        {
            problems.Add($"{SsoOptions.Section}:ReauthenticationMaxAgeSeconds must be between 30 and 3600.");
        }

        if (entraConfigured)
        {
            problems.AddRange(MappingProblems($"{SsoOptions.Section}:Entra", options.Entra));
        }

        for (var i = 0; i < options.Providers.Count; i++)
        {
            var provider = options.Providers[i];
            var at = $"{SsoOptions.Section}:Providers:{i}";
            if (!SchemeName().IsMatch(provider.Name))
            {
                problems.Add($"{at}:Name '{provider.Name}' must be letters, digits and dashes.");
            }
            else if (options.Providers.Take(i).Any(p => string.Equals(p.Name, provider.Name, StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add($"{at}:Name '{provider.Name}' is used twice.");
            }

            if (!Uri.TryCreate(provider.Authority, UriKind.Absolute, out _))
            {
                problems.Add($"{at}:Authority must be the provider's issuer URL.");
            }

            if (string.IsNullOrWhiteSpace(provider.ClientId))
            {
                problems.Add($"{at}:ClientId is empty.");
            }

            problems.AddRange(MappingProblems(at, provider));
        }

        return problems;
    }

    private static IEnumerable<string> MappingProblems(string at, ProviderMapping mapping)
    {
        if (string.IsNullOrWhiteSpace(mapping.RoleClaim))
        {
            yield return $"{at}:RoleClaim is empty.";
        }

        if (mapping.Roles.Count == 0)
        {
            yield return $"{at}:Roles maps no claim value to a role, so nobody from this provider could use the app.";
        }

        foreach (var (value, role) in mapping.Roles)
        {
            if (Roles.Normalize(role) is null)
            {
                yield return $"{at}:Roles:{value} is '{role}', which is not a role. Use one of: {string.Join(", ", Roles.All)}.";
            }
        }
    }

    /// <summary>Entra ID's public cloud when the AzureAd section names no instance, as Identity.Web assumes.</summary>
    public const string EntraPublicCloud = "https://login.microsoftonline.com/";

    private static string OriginOf(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : url;

    private static string Text(string value, string fallback) => string.IsNullOrWhiteSpace(value) ? fallback : value;

    [GeneratedRegex("^[A-Za-z0-9-]{1,40}$")]
    private static partial Regex SchemeName();
}
