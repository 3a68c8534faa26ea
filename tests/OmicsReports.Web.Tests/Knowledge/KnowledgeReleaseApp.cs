using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Data;
using OmicsReports.Data.Knowledge;
using OmicsReports.Data.Pipeline;
using OmicsReports.Testing;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Knowledge;

/// <summary>
/// The app as a laboratory meets a new release: first started on knowledge base 2026.11.2 (which seeds the demo
/// patients and evaluates them under it, and records that release), stopped, then started on the shipped release
/// over the same database. The tests use the second start.
/// </summary>
public sealed class KnowledgeReleaseApp : OmicsWebFactory
{
    private readonly SemaphoreSlim runLock = new(1, 1);

    protected override async Task PrepareAsync(TestDatabase database)
    {
        await using var earlier = new EarlierRelease(database);
        earlier.UseKestrel(0);
        earlier.StartServer();
    }

    /// <summary>A completed reanalysis under the shipped release: the newest one, or one run now by the app's worker.</summary>
    public async Task<ReanalysisProgress> CompletedRunAsync()
    {
        await runLock.WaitAsync();
        try
        {
            var job = Services.GetRequiredService<ReanalysisJob>();
            if (await job.RecentAsync(1) is [{ Status: RunStatus.Completed } done])
            {
                return done;
            }

            var stamp = Services.GetRequiredService<IReportEngine>().KnowledgeBase!;
            var (runId, _) = await job.CreateAsync(stamp, "test", null, "127.0.0.1");
            Services.GetRequiredService<ReanalysisSignal>().Notify();
            return await WaitAsync(runId);
        }
        finally
        {
            runLock.Release();
        }
    }

    /// <summary>Waits for the app's background worker to finish a run.</summary>
    public async Task<ReanalysisProgress> WaitAsync(Guid runId)
    {
        var job = Services.GetRequiredService<ReanalysisJob>();
        for (var deadline = DateTime.UtcNow.AddMinutes(2); DateTime.UtcNow < deadline; await Task.Delay(100))
        {
            if (await job.ProgressAsync(runId) is { Finished: true } progress)
            {
                return progress;
            }
        }

        throw new TimeoutException("The reanalysis did not finish within 2 minutes.");
    }

    public async Task<Guid> CaseAsync(string sampleId)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>().CreateDbContextAsync();
        return await db.Cases.Where(c => c.SampleId == sampleId).Select(c => c.Id).SingleAsync();
    }

    /// <summary>The same app on release 2026.11.2, sharing the database and the demo password.</summary>
    private sealed class EarlierRelease(TestDatabase database) : WebApplicationFactory<Program>
    {
        private readonly string keys = Path.Combine(Path.GetTempPath(), $"omics-keys-{Guid.NewGuid():N}");

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            foreach (var (key, value) in database.Settings)
            {
                builder.UseSetting(key, value);
            }

            builder.UseSetting("Omics:Demo:Seed", "true");
            builder.UseSetting("Omics:Demo:Password", DemoPassword);
            builder.UseSetting("Omics:DataProtection:KeysPath", keys);
            builder.UseSetting("Omics:KnowledgeBase:Path", OldKnowledgeBase.Folder);
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            if (Directory.Exists(keys))
            {
                Directory.Delete(keys, recursive: true);
            }
        }
    }
}

[CollectionDefinition(Name)]
public sealed class KnowledgeReleaseCollection : ICollectionFixture<KnowledgeReleaseApp>
{
    public const string Name = "knowledge release";
}

/// <summary>The browser test amends a demo case, so it has an app of its own.</summary>
[CollectionDefinition(Name)]
public sealed class KnowledgeReleaseBrowserCollection : ICollectionFixture<KnowledgeReleaseApp>
{
    public const string Name = "knowledge release in the browser";
}
