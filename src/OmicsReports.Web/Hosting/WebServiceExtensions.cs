using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OmicsReports.Data;
using OmicsReports.Data.Hosting;
using OmicsReports.Data.Identity;
using OmicsReports.Reporting.Interop;
using OmicsReports.Reporting.Pdf;
using OmicsReports.Web.Features.Account;
using OmicsReports.Web.Features.Delivery;
using OmicsReports.Web.Features.TumorBoard;
using MudBlazor.Services;

namespace OmicsReports.Web.Hosting;

/// <summary>The web app's services: Blazor, MudBlazor, sign-in and authorization.</summary>
internal static class WebServiceExtensions
{
    public static IHostApplicationBuilder AddOmicsWeb(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddOmicsLoadShedding(configuration);
        services.AddMudServices(options =>
        {
            options.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomLeft;
            options.SnackbarConfiguration.VisibleStateDuration = 6000;
        });

        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingIdentityStateProvider>();
        services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler, SessionCircuitHandler>();
        services.AddScoped<IdentityRedirects>();
        services.AddScoped<SignInAudit>();
        services.AddScoped<AccountSecurity>();
        services.AddScoped<Features.Shared.ClientContext>();
        services.AddScoped<Features.Worklist.WorklistState>();
        services.AddHttpContextAccessor();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromMinutes(configuration.GetValue("Omics:Security:SessionIdleMinutes", 30));
            options.Cookie.Name = "omics.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            ApiResponses.AnswerApisWithProblems(options.Events);
        });
        services.AddOmicsIdentityCore(configuration)
            .AddSignInManager()
            .AddDefaultTokenProviders();
        // Every request checks the cookie against the account, so ended sessions end now (SessionStampValidator).
        services.Replace(ServiceDescriptor.Scoped<ISecurityStampValidator, SessionStampValidator>());
        services.AddOmicsForwardedHeaders(configuration);
        services.AddAuthorizationBuilder().AddOmicsPolicies();
        services.AddOmicsPdf(configuration);
        services.AddOmicsInterop(configuration);
        services.AddHostedService<PdfWarmUp>();
        services.AddHostedService<Data.Knowledge.ReanalysisWorker>();
        // Needs the authorization service that only the web host has (amending checks the signer's role).
        services.AddScoped<Data.Knowledge.KnowledgeAmendments>();
        services.AddTumorBoards(configuration);
        services.AddOmicsDelivery();

        // The key ring lives in the database, under a fixed application name: every node on the same database
        // protects and unprotects with the same keys, so a cookie issued by one node is valid on the others.
        services.AddDataProtection()
            .SetApplicationName("OmicsReports")
            .PersistKeysToDbContext<OmicsDbContext>();

        if (builder.Environment.IsDevelopment())
        {
            services.AddDatabaseDeveloperPageExceptionFilter();
        }

        return builder;
    }

    /// <summary>The private folder of the API's token signing key (the Data Protection keys are in the database).</summary>
    public static string KeysFolder(IConfiguration configuration) =>
        configuration["Omics:DataProtection:KeysPath"] is { Length: > 0 } configured
            ? OmicsPaths.Resolve(configuration, configured)
            : Path.Combine(OmicsPaths.DataFolder(configuration), "keys");
}
