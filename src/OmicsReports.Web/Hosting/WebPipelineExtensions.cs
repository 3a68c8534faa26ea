using Microsoft.EntityFrameworkCore;
using OmicsReports.Data;
using OmicsReports.Web.Components;
using OmicsReports.Web.Features.Account;
using OmicsReports.Web.Features.Account.SingleSignOn;
using OmicsReports.Web.Features.Admin;
using OmicsReports.Web.Features.Knowledge;
using OmicsReports.Web.Features.Api;
using OmicsReports.Web.Features.Report;
using OmicsReports.Web.Features.TumorBoard;

namespace OmicsReports.Web.Hosting;

/// <summary>Start-up steps, middleware and endpoint mapping, in the order they run.</summary>
internal static partial class WebPipelineExtensions
{
    /// <summary>
    /// Migrates and seeds the database. Returns false, having explained why on standard error, when the app must
    /// not start (database unreachable, demo accounts in Production).
    /// </summary>
    public static async Task<bool> PrepareDatabaseAsync(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("OmicsReports.Startup");
        try
        {
            await using var scope = app.Services.CreateAsyncScope();
            var startup = scope.ServiceProvider.GetRequiredService<DatabaseStartup>();
            await startup.RunAsync();
            // The first start on a release records it and its diff against the release seen before (docs/knowledge-base.md).
            var knowledge = app.Services.GetRequiredService<Ingest.Knowledge.LoadedKnowledge>().KnowledgeBase;
            await scope.ServiceProvider.GetRequiredService<Data.Knowledge.KnowledgeReleases>().RecordAsync(knowledge, "app");
            var demo = scope.ServiceProvider.GetRequiredService<DemoSeeder>().Credentials;
            if (demo is not null)
            {
                StartupBanner.WriteDemoAccounts(Console.Out, demo);
            }

            return true;
        }
        catch (DemoAccountsInProductionException ex)
        {
            LogRefused(logger, ex.Message);
            await Console.Error.WriteLineAsync(ex.Message);
            return false;
        }
        catch (Data.Demo.DemoDataException ex)
        {
            // Demo patients are fictional and shipped with the app, so their problems may be printed in full.
            var message = $"The Development demo data in Omics:Demo:CasesPath is broken, so the app does not start: {ex.Message}";
            LogRefused(logger, message);
            await Console.Error.WriteLineAsync(message);
            return false;
        }
        catch (DatabaseSchemaException ex)
        {
            LogRefused(logger, ex.Message);
            await Console.Error.WriteLineAsync(ex.Message);
            return false;
        }
        catch (Exception ex) when (Data.Hosting.DatabaseFailure.Is(ex))
        {
            var provider = app.Services.GetRequiredService<Data.Storage.OmicsDatabase>().Provider;
            var message = $"Cannot prepare the database: {ex.GetBaseException().Message}. {Data.Hosting.DatabaseFailure.Hint(provider)}";
            LogRefused(logger, message);
            await Console.Error.WriteLineAsync(message);
            return false;
        }
    }

    public static WebApplication UseOmicsPipeline(this WebApplication app)
    {
        // First, so that everything after it (HSTS, cookies, the audit) sees the client's address and scheme.
        app.UseOmicsForwardedHeaders(app.Configuration);
        // Behind the cluster's nginx: stamps the browser with this node's name so its next requests come back here.
        app.UseNodeAffinity();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }
        else
        {
            app.UseMigrationsEndPoint();
        }

        app.UseStatusCodePagesWithReExecute("/not-found");
        app.UseSecurityHeaders(app.Services.GetRequiredService<ExternalProviders>().All.Select(p => p.Origin));
        // Overload is refused before sign-in checks reach the database; a database outage becomes a retry message.
        app.UseOmicsLoadShedding();
        app.UseDatabaseOutagePage();
        app.UseAuthentication();
        app.UseOmicsApi();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseOmicsRenderGate();
        return app;
    }

    public static WebApplication MapOmicsEndpoints(this WebApplication app)
    {
        app.MapStaticAssets().AllowAnonymous();
        app.MapThemeStylesheet();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapAccountEndpoints();
        app.MapExternalSignIn();
        app.MapReportEndpoints();
        app.MapBoardEndpoints();
        app.MapHealthEndpoint();
        app.MapAuditExport();
        app.MapKnowledgeEndpoints();
        app.MapOmicsApi();
        return app;
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "OmicsReports did not start: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);
}
