using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Web.Features.Account.SingleSignOn;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Sso;

/// <summary>
/// The app with single sign-on on, against the loopback provider: a hospital provider (generic OpenID Connect, roles
/// from group names) and Entra ID (Identity.Web, roles from app roles) whose stand-in is the same provider. Accounts are
/// created on first sign-in; local accounts stay on (the demo accounts).
/// </summary>
public sealed class SsoWebFactory : OmicsWebFactory
{
    public const string Hospital = "Hospital sign-in";
    public const string Entra = "Microsoft Entra ID";

    public OidcProviderProcess Provider { get; private set; } = default!;

    public override async Task InitializeAsync()
    {
        Provider = await OidcProviderProcess.StartAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeTestAsync()
    {
        await base.DisposeTestAsync();
        await Provider.DisposeAsync();
    }

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Omics:Sso:Accounts", "OnFirstSignIn");
        builder.UseSetting("Omics:Sso:Providers:0:Name", "hospital");
        builder.UseSetting("Omics:Sso:Providers:0:DisplayName", Hospital);
        builder.UseSetting("Omics:Sso:Providers:0:Authority", Provider.Issuer);
        builder.UseSetting("Omics:Sso:Providers:0:ClientId", "omics-hospital");
        builder.UseSetting("Omics:Sso:Providers:0:ClientSecret", "omics-hospital-secret");
        builder.UseSetting("Omics:Sso:Providers:0:RequireHttpsMetadata", "false");
        builder.UseSetting("Omics:Sso:Providers:0:RoleClaim", "groups");
        foreach (var (group, role) in new[] { ("omics-pathologists", "Pathologist"), ("omics-oncologists", "Oncologist"), ("omics-curators", "Curator"), ("omics-admins", "Admin") })
        {
            builder.UseSetting($"Omics:Sso:Providers:0:Roles:{group}", role);
        }

        builder.UseSetting("AzureAd:Instance", Provider.EntraInstance);
        builder.UseSetting("AzureAd:TenantId", Provider.EntraTenant);
        builder.UseSetting("AzureAd:ClientId", "omics-entra");
        builder.UseSetting("AzureAd:ClientSecret", "omics-entra-secret");
        builder.UseSetting("AzureAd:CallbackPath", "/signin-entra");
        foreach (var role in new[] { "Pathologist", "Oncologist", "Curator", "Admin" })
        {
            builder.UseSetting($"Omics:Sso:Entra:Roles:Omics.{role}", role);
        }

        // Test-only overrides (TOOLCHAIN.md): the stand-in speaks http on loopback, and Entra's own issuer validator
        // would fetch Microsoft's metadata. Production keeps https and that validator.
        // RequireHttpsMetadata is set before the handler's own checks run (they refuse http), the issuer after
        // Identity.Web has put its validator in place.
        builder.ConfigureTestServices(services => services
            .Configure<OpenIdConnectOptions>(ExternalProviders.EntraScheme, options => options.RequireHttpsMetadata = false)
            .PostConfigure<OpenIdConnectOptions>(ExternalProviders.EntraScheme, options =>
            {
                options.TokenValidationParameters.IssuerValidator = null;
                options.TokenValidationParameters.ValidIssuer = Provider.EntraIssuer;
            }));
    }
}

[CollectionDefinition(Name)]
public sealed class SsoCollection : ICollectionFixture<SsoWebFactory>
{
    public const string Name = "web app with single sign-on";
}
