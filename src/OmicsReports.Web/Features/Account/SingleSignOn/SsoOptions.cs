namespace OmicsReports.Web.Features.Account.SingleSignOn;

/// <summary>Whether an external sign-in may create the local account it lands on.</summary>
public enum SsoAccountCreation
{
    /// <summary>Only people an administrator created beforehand (matched by email, then linked) may sign in.</summary>
    PreCreated,

    /// <summary>Anyone the provider sends with a mapped role gets an account on first sign-in.</summary>
    OnFirstSignIn,
}

/// <summary>
/// <c>Omics:Sso</c>: single sign-on through Microsoft Entra ID (the <c>AzureAd</c> section, off while its ClientId is
/// empty) and any number of other OpenID Connect providers, and whether local accounts stay on.
/// </summary>
public sealed class SsoOptions
{
    public const string Section = "Omics:Sso";

    /// <summary>Local email-and-password accounts; may be switched off while at least one provider is configured.</summary>
    public bool LocalAccounts { get; set; } = true;

    /// <summary>Whether an external sign-in may create its local account; default: pre-created only.</summary>
    public SsoAccountCreation Accounts { get; set; } = SsoAccountCreation.PreCreated;

    /// <summary>
    /// How recent the provider's authentication must be to sign a report (seconds between the provider's
    /// <c>auth_time</c> and the return to the app); the request also asks the provider for <c>max_age=0</c>.
    /// </summary>
    public int ReauthenticationMaxAgeSeconds { get; set; } = 300;

    /// <summary>Role mapping and button text for Entra ID; its connection settings are the <c>AzureAd</c> section.</summary>
    public ProviderMapping Entra { get; set; } = new() { DisplayName = "Microsoft Entra ID", RoleClaim = "roles", EmailClaim = "preferred_username" };

    /// <summary>Other OpenID Connect providers (Keycloak, ADFS, Okta, ...).</summary>
    public IList<OidcProviderOptions> Providers { get; } = [];
}

/// <summary>How one provider's people become OmicsReports users: the button, the email and the roles.</summary>
public class ProviderMapping
{
    /// <summary>The sign-in button says "Sign in with {DisplayName}".</summary>
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The claim whose values name roles: <c>roles</c> (Entra app roles), <c>groups</c> (group ids or names), ...</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>The claim matched against a pre-created account's email.</summary>
    public string EmailClaim { get; set; } = "email";

    /// <summary>Claim value → OmicsReports role (Oncologist, Pathologist, Curator, Admin). Values not listed give no role.</summary>
    public IDictionary<string, string> Roles { get; } = new Dictionary<string, string>(StringComparer.Ordinal);
}

/// <summary>One OpenID Connect provider other than Entra ID.</summary>
public sealed class OidcProviderOptions : ProviderMapping
{
    /// <summary>Short identifier, letters, digits and dashes; the callback path is <c>/signin-oidc-{Name}</c>.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The issuer, e.g. <c>https://keycloak.example/realms/hospital</c>; its discovery document is read from there.</summary>
    public string Authority { get; set; } = string.Empty;

    public string ClientId { get; set; } = string.Empty;

    /// <summary>Keep out of appsettings.json: environment variable or secret store.</summary>
    public string ClientSecret { get; set; } = string.Empty;

    /// <summary>Scopes asked for besides <c>openid</c>.</summary>
    public IList<string> Scopes { get; } = ["profile", "email"];

    /// <summary>Read the claims from the user-info endpoint too (for providers that keep roles out of the ID token).</summary>
    public bool GetClaimsFromUserInfoEndpoint { get; set; }

    /// <summary>Off only for a provider on loopback in tests or demos; production providers are reached over https.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public string Scheme => ExternalProviders.OidcSchemePrefix + Name;
}
