using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Data;
using OmicsReports.Data.Delivery;
using OmicsReports.Data.Identity;
using OmicsReports.Data.Reports;
using OmicsReports.Testing;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Delivery;

/// <summary>
/// The app with delivery settings, over a database the test owns, so that a second app can be started on the same data
/// after the first was stopped (a worker that died and the one that takes over).
/// </summary>
internal sealed class DeliveryHost(TestDatabase database, IReadOnlyDictionary<string, string?> settings) : OmicsWebFactory
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult(database);

    protected override bool OwnsDatabase => false;

    protected override void Configure(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public static async Task<DeliveryHost> StartAsync(TestDatabase database, IReadOnlyDictionary<string, string?> settings)
    {
        var host = new DeliveryHost(database, settings);
        await host.InitializeAsync();
        return host;
    }

    /// <summary>Signs a demo report that the seeding left in review, as a newly created pathologist; returns the version id.</summary>
    public async Task<Guid> SignDemoAsync(string sampleId)
    {
        var pathologist = await this.CreateUserAsync(Roles.Pathologist);
        Guid versionId;
        Guid revision;
        await using (var db = await Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>().CreateDbContextAsync())
        {
            var version = await db.ReportVersions.Where(v => v.Case!.SampleId == sampleId && v.Status == ReportStatus.InReview).SingleAsync();
            (versionId, revision) = (version.Id, version.Revision);
        }

        await using var scope = Services.CreateAsyncScope();
        var signed = await scope.ServiceProvider.GetRequiredService<ReportSignOut>().SignAsync(pathologist, versionId, revision,
            new SignatureRequest(TestActors.Password, null, AttestationConfirmed: true));
        Assert.True(signed.Succeeded, signed.Message);
        return versionId;
    }

    /// <summary>The outbox rows of a version, read straight from the database.</summary>
    public async Task<IReadOnlyList<DeliveryRecord>> DeliveriesAsync(Guid versionId)
    {
        await using var db = Database.CreateContext();
        return await db.Deliveries.AsNoTracking().Where(d => d.VersionId == versionId).ToListAsync();
    }

    /// <summary>Waits until <paramref name="done"/> holds for the version's rows (the worker polls every few hundred ms here).</summary>
    public async Task<IReadOnlyList<DeliveryRecord>> WaitAsync(Guid versionId, Func<IReadOnlyList<DeliveryRecord>, bool> done, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            var rows = await DeliveriesAsync(versionId);
            if (done(rows))
            {
                return rows;
            }

            Assert.True(DateTime.UtcNow < until,
                $"Deliveries not done within {timeout}: {string.Join("; ", rows.Select(r => $"{r.Destination} {r.Status} attempts {r.Attempts} {r.LastError}"))}");
            await Task.Delay(250);
        }
    }

    /// <summary>Settings for the delivery tests: quick polling, short backoff, and the given destinations.</summary>
    public static Dictionary<string, string?> Settings(double leaseSeconds, params (string Name, DeliveryKind Kind, string Target)[] destinations)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Omics:Delivery:PollSeconds"] = "0.2",
            ["Omics:Delivery:BackoffSeconds"] = "0.5",
            ["Omics:Delivery:MaxBackoffSeconds"] = "1",
            ["Omics:Delivery:MaxAttempts"] = "2",
            ["Omics:Delivery:RetriesPerAttempt"] = "1",
            ["Omics:Delivery:RetryDelaySeconds"] = "0.2",
            ["Omics:Delivery:AttemptTimeoutSeconds"] = (leaseSeconds - 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Omics:Delivery:LeaseSeconds"] = leaseSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        for (var i = 0; i < destinations.Length; i++)
        {
            var (name, kind, target) = destinations[i];
            var at = $"Omics:Delivery:Destinations:{i}:";
            settings[at + "Name"] = name;
            settings[at + "Kind"] = kind.ToString();
            switch (kind)
            {
                case DeliveryKind.FhirServer:
                    settings[at + "Url"] = target;
                    break;
                case DeliveryKind.Mllp:
                    settings[at + "Host"] = "127.0.0.1";
                    settings[at + "Port"] = target;
                    break;
                default:
                    settings[at + "Path"] = target;
                    break;
            }
        }

        return settings;
    }
}
