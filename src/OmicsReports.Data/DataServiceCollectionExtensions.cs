using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Boards;
using OmicsReports.Data.Cases;
using OmicsReports.Data.Delivery;
using OmicsReports.Data.Identity;
using OmicsReports.Data.Pipeline;
using OmicsReports.Data.Reports;
using OmicsReports.Data.Storage;

namespace OmicsReports.Data;

/// <summary>Registers the database, Identity stores and the services built on them.</summary>
public static class DataServiceCollectionExtensions
{
    /// <summary>Name of the app's connection string in the settings.</summary>
    public const string ConnectionName = OmicsDatabase.ConnectionName;

    /// <summary>
    /// Adds a pooled <see cref="IDbContextFactory{TContext}"/> on the configured provider (one context per operation),
    /// a scoped context for Identity's stores, the audit trail and the start-up database steps.
    /// </summary>
    public static IHostApplicationBuilder AddOmicsData(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var database = OmicsDatabase.FromConfiguration(builder.Configuration);
        builder.Services.AddSingleton(database);
        builder.Services.AddPooledDbContextFactory<OmicsDbContext>(options => database.Configure(options));
        builder.Services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<OmicsDbContext>>().CreateDbContext());
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<AuditTrail>();
        builder.Services.AddScoped<UserAccounts>();
        builder.Services.AddSingleton<SessionRevocations>();
        builder.Services.AddSingleton<SessionStamps>();
        builder.Services.AddScoped<SessionEnding>();
        builder.Services.AddSingleton<AuditLog>();
        builder.Services.AddSingleton<CaseWorklist>();
        builder.Services.AddSingleton<SnapshotCache>();
        builder.Services.AddSingleton<ReportReader>();
        builder.Services.AddSingleton<ReportStore>();
        builder.Services.AddSingleton<SignerVerification>();
        builder.Services.AddScoped<ReportReview>();
        builder.Services.AddScoped<ReportSignOut>();
        builder.Services.AddOptions<DeliveryOptions>().Bind(builder.Configuration.GetSection(DeliveryOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<DeliveryOptions>, DeliveryOptionsValidation>();
        builder.Services.AddSingleton<DeliveryOutbox>();
        builder.Services.AddScoped<DeliveryAdministration>();
        builder.Services.AddScoped<ReportComments>();
        builder.Services.AddScoped<CaseImportService>();
        builder.Services.AddOmicsBoards();
        builder.Services.AddSingleton<Knowledge.KnowledgeReleases>();
        builder.Services.AddSingleton<Knowledge.ReanalysisJob>();
        builder.Services.AddSingleton<Knowledge.ReanalysisRunner>();
        builder.Services.AddSingleton<Knowledge.ReanalysisSignal>();
        builder.Services.AddSingleton<Knowledge.ReanalysisQueries>();

        builder.Services.AddSingleton<Api.ApiClients>();
        builder.Services.AddSingleton<Api.ApiImports>();
        builder.Services.AddSingleton<Api.CaseChanges>();
        // ICaseImporter and IReportEngine are bound by the host (see OmicsReports.Web/Hosting/KnowledgeHosting.cs),
        // which loads the knowledge base they share.
        builder.Services.AddScoped<DatabaseStartup>();
        builder.Services.AddScoped<DemoSeeder>();
        builder.Services.AddScoped<Demo.DemoCaseSeeder>();
        builder.Services.AddOptions<DemoOptions>().Bind(builder.Configuration.GetSection(DemoOptions.Section));
        return builder;
    }

    /// <summary>Identity on our own user type and roles, with the lockout and password rules of the settings.</summary>
    public static IdentityBuilder AddOmicsIdentityCore(this IServiceCollection services, IConfiguration configuration)
    {
        var security = configuration.GetSection("Omics:Security");
        return services
            .AddIdentityCore<OmicsUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
                // Length over composition rules (NIST SP 800-63B, section 5.1.1.2).
                options.Password.RequiredLength = 12;
                options.Password.RequiredUniqueChars = 5;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = security.GetValue("MaxFailedAccessAttempts", 5);
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(security.GetValue("LockoutMinutes", 15));
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<OmicsDbContext>();
    }
}
