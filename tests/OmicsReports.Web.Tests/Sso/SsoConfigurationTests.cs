using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OmicsReports.Data.Identity;
using OmicsReports.Web.Features.Account.SingleSignOn;

namespace OmicsReports.Web.Tests.Sso;

/// <summary>The sign-in settings as an operator writes them: bound, checked, and turned into handler options.</summary>
public sealed class SsoConfigurationTests
{
    private static readonly Dictionary<string, string?> Keycloak = new()
    {
        ["Omics:Sso:LocalAccounts"] = "false",
        ["Omics:Sso:Accounts"] = "OnFirstSignIn",
        ["Omics:Sso:Providers:0:Name"] = "keycloak",
        ["Omics:Sso:Providers:0:DisplayName"] = "Hospital Keycloak",
        ["Omics:Sso:Providers:0:Authority"] = "https://keycloak.hospital.example/realms/clinic",
        ["Omics:Sso:Providers:0:ClientId"] = "omics",
        ["Omics:Sso:Providers:0:ClientSecret"] = "secret",
        ["Omics:Sso:Providers:0:RoleClaim"] = "groups",
        ["Omics:Sso:Providers:0:Roles:/omics/pathologists"] = "pathologist",
        ["Omics:Sso:Providers:0:Roles:/omics/oncologists"] = "Oncologist",
    };

    [Fact]
    public void GenericProvider_BindsFromTheSettings()
    {
        var (options, problems) = Bind(Keycloak);

        Assert.Empty(problems);
        Assert.False(options.LocalAccounts);
        Assert.Equal(SsoAccountCreation.OnFirstSignIn, options.Accounts);
        var keycloak = Assert.Single(options.Providers);
        Assert.Equal("oidc-keycloak", keycloak.Scheme);
        Assert.Equal("groups", keycloak.RoleClaim);
        Assert.Equal("pathologist", keycloak.Roles["/omics/pathologists"]);
        var providers = new ExternalProviders(options, entraInstance: null);
        Assert.False(providers.LocalAccounts);
        Assert.Equal("Hospital Keycloak", Assert.Single(providers.All).DisplayName);
    }

    [Fact]
    public void Defaults_KeepLocalAccounts_PreCreatedAccounts_AndEntraAppRoles()
    {
        var (options, problems) = Bind([]);

        Assert.Empty(problems);
        Assert.True(options.LocalAccounts);
        Assert.Equal(SsoAccountCreation.PreCreated, options.Accounts);
        Assert.Equal("roles", options.Entra.RoleClaim);
        Assert.Equal("preferred_username", options.Entra.EmailClaim);
        Assert.Empty(new ExternalProviders(options, entraInstance: null).All);
    }

    public static TheoryData<string, string?, string> Mistakes() => new()
    {
        { "Omics:Sso:Providers:0:Roles:/omics/pathologists", "Surgeon", "'Surgeon', which is not a role" },
        { "Omics:Sso:Providers:0:Authority", "not a url", "Authority must be the provider's issuer URL" },
        { "Omics:Sso:Providers:0:ClientId", "", "ClientId is empty" },
        { "Omics:Sso:Providers:0:Name", "key cloak", "must be letters, digits and dashes" },
        { "Omics:Sso:ReauthenticationMaxAgeSeconds", "5", "between 30 and 3600" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Mistake_IsNamedWithItsSetting(string key, string? value, string expected)
    {
        var settings = new Dictionary<string, string?>(Keycloak) { [key] = value };

        var (_, problems) = Bind(settings);

        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void LocalAccountsOff_WithoutAnyProvider_IsRefused()
    {
        var (_, problems) = Bind(new() { ["Omics:Sso:LocalAccounts"] = "false" });

        Assert.Contains(problems, p => p.Contains("nobody could sign in", StringComparison.Ordinal));
    }

    [Fact]
    public void EntraId_FromTheAzureAdSection_BecomesAnIdentityWebHandlerThatLandsOnTheExternalCookie()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Production });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureAd:Instance"] = "https://login.microsoftonline.com/",
            ["AzureAd:TenantId"] = "11111111-2222-3333-4444-555555555555",
            ["AzureAd:ClientId"] = "66666666-7777-8888-9999-000000000000",
            ["AzureAd:ClientSecret"] = "secret",
            ["Omics:Sso:Entra:DisplayName"] = "Hospital account",
            ["Omics:Sso:Entra:Roles:Omics.Pathologist"] = "Pathologist",
        });
        builder.Services.AddAuthentication().AddCookie(IdentityConstants.ExternalScheme);

        Assert.True(builder.AddOmicsSingleSignOn(TextWriter.Null));
        using var services = builder.Services.BuildServiceProvider();

        var providers = services.GetRequiredService<ExternalProviders>();
        var entra = Assert.Single(providers.All);
        Assert.Equal(("Entra", "Hospital account", "oid"), (entra.Scheme, entra.DisplayName, entra.KeyClaim));
        var options = services.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(ExternalProviders.EntraScheme);
        Assert.Equal("66666666-7777-8888-9999-000000000000", options.ClientId);
        Assert.StartsWith("https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555", options.Authority, StringComparison.Ordinal);
        Assert.Equal(IdentityConstants.ExternalScheme, options.SignInScheme);
        Assert.True(options.RequireHttpsMetadata);
        Assert.False(options.MapInboundClaims);
        Assert.Equal("roles", options.TokenValidationParameters.RoleClaimType);
    }

    [Fact]
    public void EntraId_WithoutAClientId_IsOff()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["AzureAd:Instance"] = "https://login.microsoftonline.com/" });

        Assert.True(builder.AddOmicsSingleSignOn(TextWriter.Null));
        using var services = builder.Services.BuildServiceProvider();

        Assert.Empty(services.GetRequiredService<ExternalProviders>().All);
    }

    [Fact]
    public void RoleMapping_GrantsOnlyMappedValues_InTheAppsOrder()
    {
        var (options, _) = Bind(Keycloak);
        var claims = new[] { new Claim("groups", "/omics/oncologists"), new Claim("groups", "/other"), new Claim("groups", "/omics/pathologists"), new Claim("roles", "/omics/oncologists") };

        Assert.Equal([Roles.Oncologist, Roles.Pathologist], RoleMapping.Map(claims, options.Providers[0]));
        Assert.Empty(RoleMapping.Map([new Claim("groups", "/other")], options.Providers[0]));
    }

    public static TheoryData<bool, long, string?> Reauthentications() => new()
    {
        { true, 10, null },
        { true, -120, "not-fresh" },
        { true, 400 + 10, "not-fresh" },
        { false, 10, "other-person" },
    };

    [Theory]
    [MemberData(nameof(Reauthentications))]
    public void Reauthentication_NeedsTheSamePersonAndAFreshAuthTime(bool samePerson, long secondsAfterRequest, string? problem)
    {
        var requested = new DateTimeOffset(2026, 12, 6, 10, 0, 0, TimeSpan.Zero);
        var authTime = requested.AddSeconds(secondsAfterRequest);
        var now = secondsAfterRequest > 400 ? authTime.AddSeconds(400) : requested.AddSeconds(30);

        var check = ReauthenticationCheck.Evaluate(samePerson, authTime.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), requested, now, TimeSpan.FromSeconds(300));

        Assert.Equal(problem, check.Problem);
    }

    [Fact]
    public void Reauthentication_WithoutAuthTime_IsRefused() =>
        Assert.Equal("no-auth-time", ReauthenticationCheck.Evaluate(true, null, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, TimeSpan.FromMinutes(5)).Problem);

    private static (SsoOptions Options, IReadOnlyList<string> Problems) Bind(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var options = new SsoOptions();
        configuration.GetSection(SsoOptions.Section).Bind(options);
        var entra = !string.IsNullOrWhiteSpace(configuration["AzureAd:ClientId"]);
        return (options, ExternalProviders.Problems(options, entra));
    }
}
