using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;
using OmicsReports.Data.Identity;
using OmicsReports.Testing;
using OmicsReports.Web.Tests.Infrastructure;
using OmicsReports.Web.Tests.TumorBoard;

namespace OmicsReports.Web.Tests.Cluster;

/// <summary>
/// One real cluster (scripts/cluster.sh: Redis, nginx, two nodes) for every PostgreSQL test of this folder, started
/// once: its start is most of what these tests cost, and the PostgreSQL pass of scripts/test.sh waits for them.
/// </summary>
/// <remarks>
/// The parts that do not depend on each other start at once: an app on another database (the node that must refuse a
/// cluster's cookie) and Chromium beside the set-up app, and the meeting beside the cluster. The set-up app starts
/// first on the cluster's database: it migrates and seeds it and creates the Data Protection key ring there, so the
/// script may then start both nodes together.
/// </remarks>
public sealed class ClusterFixture : IAsyncLifetime
{
    private TestDatabase? database;
    private SharedNode? setup;
    private OmicsWebFactory? stranger;
    private ClusterProcess? cluster;
    private IPlaywright? playwright;

    public SharedNode Setup => setup ?? throw new InvalidOperationException("Not initialized.");

    /// <summary>An app on a database of its own, so with a key ring of its own.</summary>
    public OmicsWebFactory Stranger => stranger ?? throw new InvalidOperationException("Not initialized.");

    public ClusterProcess Cluster => cluster ?? throw new InvalidOperationException("Not initialized.");

    public IBrowser Browser { get; private set; } = default!;

    public BoardScenario Board { get; private set; } = default!;

    /// <summary>A second oncologist, the participant.</summary>
    public string GuestEmail { get; private set; } = string.Empty;

    /// <summary>How long each part of the start took, for the test output (the suite's time is watched).</summary>
    public string StartTimes { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var clock = Stopwatch.StartNew();
        var times = new List<string>();
        database = await TestDatabase.CreateAsync();
        var strangerStarted = StartStrangerAsync();
        var chromium = Chromium.LaunchAsync();
        Task<ClusterProcess>? clusterStarted = null;
        try
        {
            setup = await SharedNode.StartAsync(database, "setup");
            times.Add($"set-up app {clock.Elapsed.TotalSeconds:F1} s");
            clusterStarted = ClusterProcess.StartAsync(database.Name, OmicsWebFactory.DemoPassword);
            Board = await setup.MeetingAsync();
            GuestEmail = (await setup.CreateUserAsync(Roles.Oncologist)).UserName;
        }
        finally
        {
            // Every part that was set going is awaited, so that DisposeAsync stops it also when another part failed.
            cluster = clusterStarted is null ? null : await clusterStarted;
            times.Add($"cluster {clock.Elapsed.TotalSeconds:F1} s");
            (playwright, Browser) = await chromium;
            stranger = await strangerStarted;
            times.Add($"all {clock.Elapsed.TotalSeconds:F1} s");
            StartTimes = string.Join(", ", times);
        }
    }

    private static async Task<OmicsWebFactory> StartStrangerAsync()
    {
        var app = new OtherDatabaseApp();
        await app.InitializeAsync();
        return app;
    }

    public async Task DisposeAsync()
    {
        // Whatever started is stopped, also when the start failed half-way.
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (cluster is not null)
        {
            await cluster.DisposeAsync();
        }

        if (stranger is not null)
        {
            await stranger.DisposeTestAsync();
        }

        if (setup is not null)
        {
            await setup.DisposeTestAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}

/// <summary>
/// An app on a database of its own, started as cheaply as it can be: no PDF warm-up (these tests export no PDF) and no
/// demo data (it only has to turn a cookie away).
/// </summary>
internal sealed class OtherDatabaseApp : OmicsWebFactory
{
    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Omics:Pdf:WarmUpOnStart", "false");
        builder.UseSetting("Omics:Demo:Seed", "false");
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "two-node cluster";
}
