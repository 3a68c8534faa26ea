using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;

namespace OmicsReports.Web.Features.Account.SingleSignOn;

/// <summary>
/// Registers Entra ID (Microsoft.Identity.Web, when <c>AzureAd:ClientId</c> is set) and every provider of
/// <c>Omics:Sso:Providers</c> (the ASP.NET Core OpenID Connect handler). Each signs in to Identity's external cookie,
/// from which <see cref="ExternalAccounts"/> makes the local session that carries the roles.
/// </summary>
public static class SingleSignOnSetup
{
    public const string EntraSection = "AzureAd";

    /// <summary>Returns false, having written every problem to <paramref name="errors"/>, when the settings are unusable.</summary>
    public static bool AddOmicsSingleSignOn(this IHostApplicationBuilder builder, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(errors);
        var options = new SsoOptions();
        builder.Configuration.GetSection(SsoOptions.Section).Bind(options);
        var entra = builder.Configuration.GetSection(EntraSection);
        var entraConfigured = !string.IsNullOrWhiteSpace(entra["ClientId"]);
        var problems = ExternalProviders.Problems(options, entraConfigured);
        if (problems.Count > 0)
        {
            errors.WriteLine("The single sign-on settings cannot be used, so the app does not start:");
            foreach (var problem in problems)
            {
                errors.WriteLine($"  {problem}");
            }

            return false;
        }

        var providers = new ExternalProviders(options, entraConfigured ? entra["Instance"] ?? ExternalProviders.EntraPublicCloud : null);
        var services = builder.Services;
        services.AddSingleton(providers);
        services.AddScoped<ExternalAccounts>();
        services.AddSingleton<IPostConfigureOptions<OpenIdConnectOptions>, ExternalSignInEvents>();
        var authentication = services.AddAuthentication();
        if (entraConfigured)
        {
            authentication.AddMicrosoftIdentityWebApp(entra, openIdConnectScheme: ExternalProviders.EntraScheme, cookieScheme: null,
                displayName: providers.Find(ExternalProviders.EntraScheme)!.DisplayName);
            services.Configure<OpenIdConnectOptions>(ExternalProviders.EntraScheme, o => Common(o, options.Entra));
        }

        foreach (var provider in options.Providers)
        {
            authentication.AddOpenIdConnect(provider.Scheme, providers.Find(provider.Scheme)!.DisplayName, o =>
            {
                o.Authority = provider.Authority;
                o.ClientId = provider.ClientId;
                o.ClientSecret = provider.ClientSecret;
                o.ResponseType = "code";
                o.UsePkce = true;
                o.CallbackPath = "/signin-" + provider.Scheme;
                o.SignedOutCallbackPath = "/signout-callback-" + provider.Scheme;
                o.RemoteSignOutPath = "/signout-" + provider.Scheme;
                o.RequireHttpsMetadata = provider.RequireHttpsMetadata;
                o.GetClaimsFromUserInfoEndpoint = provider.GetClaimsFromUserInfoEndpoint;
                o.Scope.Clear();
                foreach (var scope in provider.Scopes.Prepend("openid").Distinct(StringComparer.Ordinal))
                {
                    o.Scope.Add(scope);
                }

                Common(o, provider);
            });
        }

        return true;
    }

    /// <summary>What every provider shares: land in the external cookie, keep claim names as the provider sent them.</summary>
    private static void Common(OpenIdConnectOptions options, ProviderMapping mapping)
    {
        options.SignInScheme = IdentityConstants.ExternalScheme;
        options.MapInboundClaims = false;
        options.SaveTokens = false;
        options.TokenValidationParameters.NameClaimType = "name";
        options.TokenValidationParameters.RoleClaimType = mapping.RoleClaim;
    }
}

/// <summary>
/// Per-request behaviour of every provider: a signature's re-authentication asks for a fresh login
/// (<c>prompt=login</c>, <c>max_age=0</c>), and a failure at the provider (cancelled, refused) returns to the sign-in
/// page with a message instead of an error page.
/// </summary>
internal sealed class ExternalSignInEvents(ExternalProviders providers) : IPostConfigureOptions<OpenIdConnectOptions>
{
    public const string ReauthenticationItem = "omics.reauthenticate";

    public void PostConfigure(string? name, OpenIdConnectOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (providers.Find(name) is null)
        {
            return;
        }

        var redirect = options.Events.OnRedirectToIdentityProvider;
        options.Events.OnRedirectToIdentityProvider = async context =>
        {
            if (context.Properties.Items.ContainsKey(ReauthenticationItem))
            {
                context.ProtocolMessage.Prompt = "login";
                context.ProtocolMessage.MaxAge = "0";
            }

            await redirect(context);
        };
        var failure = options.Events.OnRemoteFailure;
        options.Events.OnRemoteFailure = async context =>
        {
            await failure(context);
            if (context.Result is not { Handled: true })
            {
                context.Response.Redirect("/Account/Login?external=failed");
                context.HandleResponse();
            }
        };
    }
}
