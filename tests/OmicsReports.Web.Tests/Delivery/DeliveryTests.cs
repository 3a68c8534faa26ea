using System.Diagnostics;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Data;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Delivery;
using OmicsReports.Data.Identity;
using OmicsReports.Testing;
using OmicsReports.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OmicsReports.Web.Tests.Delivery;

/// <summary>
/// Delivery on sign-out end to end: the real app signs a demo report; its worker delivers to a real MLLP receiver from
/// npm, to a loopback FHIR server stand-in whose Bundles the Firely validator checks, and to a folder. A receiver that
/// answers AE makes dead letters that an administrator retries; a worker stopped mid-delivery loses nothing and
/// creates no second copy.
/// </summary>
[Trait(DatabaseMatrix.Trait, DatabaseMatrix.Both)]
public sealed class DeliveryTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(240);

    [Fact]
    public async System.Threading.Tasks.Task SignedDemoReport_ReachesMllpFhirAndFolder_AndARejectingReceiverGetsADeadLetterThatAnAdminRetries()
    {
        var clock = Stopwatch.StartNew();
        await using var mllp = await MllpReceiver.StartAsync();
        await using var rejecting = await MllpReceiver.StartAsync(rejections: 2);
        await using var fhir = await FhirReceiver.StartAsync();
        var folder = Directory.CreateTempSubdirectory("omics-delivery-").FullName;
        await using var database = await TestDatabase.CreateAsync();
        var host = await DeliveryHost.StartAsync(database, DeliveryHost.Settings(120,
            ("EHR-FHIR", DeliveryKind.FhirServer, fhir.BaseUrl.ToString()),
            ("EHR-MLLP", DeliveryKind.Mllp, mllp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("SHARE", DeliveryKind.Folder, folder),
            ("STRICT-MLLP", DeliveryKind.Mllp, rejecting.Port.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        try
        {
            var versionId = await host.SignDemoAsync("DEMO-S2-CRC");
            var queued = await host.DeliveriesAsync(versionId);
            Assert.Equal(["EHR-FHIR", "EHR-MLLP", "SHARE", "STRICT-MLLP"], queued.Select(d => d.Destination).Order(StringComparer.Ordinal));

            var rows = await host.WaitAsync(versionId, r => r.All(d => d.Status != DeliveryStatus.Pending), Patience);
            output.WriteLine($"signed to all delivered or dead: {clock.Elapsed.TotalSeconds:0.0} s");

            Assert.All(rows.Where(d => d.Destination != "STRICT-MLLP"), d => Assert.Equal(DeliveryStatus.Delivered, d.Status));
            var message = Assert.Single(mllp.Received);
            Assert.Equal(("ORU^R01", "2.5.1", "AA", 1), (message.MessageType, message.Version, message.Answer, message.EdObservations));
            Assert.Equal(["MSH", "PID", "ORC", "OBR"], message.Segments.Take(4));
            var bundle = Assert.Single(fhir.Posted);
            Assert.Equal(Bundle.BundleType.Transaction, bundle.Type);
            Assert.All(bundle.Entry, e => Assert.Equal(Bundle.HTTPVerb.PUT, e.Request!.Method));
            var report = bundle.Entry.Select(e => e.Resource).OfType<DiagnosticReport>().Single();
            Assert.Equal(DiagnosticReport.DiagnosticReportStatus.Final, report.Status);
            Assert.Equal("application/pdf", Assert.Single(report.PresentedForm).ContentType);
            var errors = fhir.ValidationErrors();
            output.WriteLine($"FHIR receiver: {bundle.Entry.Count} resources validated, {errors.Count} errors");
            Assert.Empty(errors);
            var files = Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(["DEMO-S2-CRC-v1-report.fhir.json", "DEMO-S2-CRC-v1-report.hl7", "DEMO-S2-CRC-v1-report.pdf"], files);
            Assert.StartsWith("%PDF", await File.ReadAllTextAsync(Path.Combine(folder, "DEMO-S2-CRC-v1-report.pdf")), StringComparison.Ordinal);

            // Two AE answers: two failed attempts (MaxAttempts 2), a dead letter with the receiver's answer.
            var strict = rows.Single(d => d.Destination == "STRICT-MLLP");
            Assert.Equal((DeliveryStatus.DeadLetter, 2), (strict.Status, strict.Attempts));
            Assert.Contains("AE", strict.LastError, StringComparison.Ordinal);
            Assert.Equal(2, rejecting.Received.Count);
            Assert.All(rejecting.Received, r => Assert.Equal(message.ControlId, r.ControlId));

            await using (var scope = host.Services.CreateAsyncScope())
            {
                var administration = scope.ServiceProvider.GetRequiredService<DeliveryAdministration>();
                var refused = await administration.RetryAsync(TestActors.For(Roles.Pathologist), strict.Id);
                Assert.Equal(Data.Reports.LifecycleOutcome.Denied, refused.Outcome);
                var retried = await administration.RetryAsync(TestActors.For(Roles.Admin), strict.Id);
                Assert.True(retried.Succeeded, retried.Message);
                Assert.Contains(await administration.ListAsync(), v => v.Id == strict.Id && v.SampleId == "DEMO-S2-CRC");
            }

            await host.WaitAsync(versionId, r => r.All(d => d.Status == DeliveryStatus.Delivered), Patience);
            Assert.Equal("AA", rejecting.Received[^1].Answer);
            output.WriteLine($"dead letter retried and delivered: {clock.Elapsed.TotalSeconds:0.0} s");

            // A delivery is marked delivered, then audited: the last one's entry may follow the status by a moment.
            await using var db = database.CreateContext();
            var deadline = DateTime.UtcNow + Patience;
            var audit = await db.AuditEntries.AsNoTracking().Where(e => e.TargetId == versionId.ToString()).Select(e => new { e.Action, e.Detail }).ToListAsync();
            while (audit.Count(e => e.Action == AuditActions.Delivery && e.Detail.Contains(": delivered: ", StringComparison.Ordinal)) < 4 && DateTime.UtcNow < deadline)
            {
                await System.Threading.Tasks.Task.Delay(100);
                audit = await db.AuditEntries.AsNoTracking().Where(e => e.TargetId == versionId.ToString()).Select(e => new { e.Action, e.Detail }).ToListAsync();
            }

            Assert.Equal(4, audit.Count(e => e.Action == AuditActions.Delivery && e.Detail.Contains(": delivered: ", StringComparison.Ordinal)));
            Assert.Contains(audit, e => e.Action == AuditActions.Delivery && e.Detail.Contains("STRICT-MLLP (Mllp)", StringComparison.Ordinal) && e.Detail.Contains("attempt 1 failed", StringComparison.Ordinal));
            Assert.Contains(audit, e => e.Action == AuditActions.DeliveryDeadLetter && e.Detail.Contains("attempt 2 failed", StringComparison.Ordinal));
            Assert.Contains(audit, e => e.Action == AuditActions.DeliveryRetry);
        }
        finally
        {
            await host.DisposeTestAsync();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async System.Threading.Tasks.Task WorkerStoppedMidDelivery_LosesNothing_AndTheNextWorkerCreatesNoDuplicate()
    {
        var clock = Stopwatch.StartNew();
        await using var fhir = await FhirReceiver.StartAsync(holdFirstPost: true);
        await using var database = await TestDatabase.CreateAsync();
        // The lease (and the attempt timeout just under it) must outlast stopping the first app and starting the
        // second, or on a loaded machine the held POST times out into a counted failure, or the second worker finds
        // the lease run out before the test looks; the test moves the lease into the past itself, so it can be long.
        var settings = DeliveryHost.Settings(600, ("EHR-FHIR", DeliveryKind.FhirServer, fhir.BaseUrl.ToString()));
        var first = await DeliveryHost.StartAsync(database, settings);
        Guid versionId;
        try
        {
            versionId = await first.SignDemoAsync("DEMO-S2-CRC");
            await fhir.FirstPostArrived.WaitAsync(Patience);
        }
        finally
        {
            // Stopped between claim and completion: the POST is in flight and has no answer yet.
            await first.DisposeTestAsync();
        }

        fhir.ReleaseFirstPost();
        var claimed = Assert.Single(await first.DeliveriesAsync(versionId));
        Assert.Equal((DeliveryStatus.Pending, 0), (claimed.Status, claimed.Attempts));
        Assert.NotNull(claimed.LeaseToken);
        output.WriteLine($"first worker stopped mid-delivery: {clock.Elapsed.TotalSeconds:0.0} s");

        var second = await DeliveryHost.StartAsync(database, settings);
        try
        {
            // While the first worker's lease runs, the second (polling every 0.2 s) leaves the delivery alone.
            await System.Threading.Tasks.Task.Delay(TimeSpan.FromSeconds(3));
            var waiting = Assert.Single(await second.DeliveriesAsync(versionId));
            Assert.Equal((DeliveryStatus.Pending, claimed.LeaseToken), (waiting.Status, waiting.LeaseToken));
            Assert.Single(fhir.Posted);

            // The lease runs out: moved into the past rather than waited for (ten minutes of an idle test).
            await using (var db = database.CreateContext())
            {
                await db.Deliveries.Where(d => d.VersionId == versionId)
                    .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseUntil, DateTimeOffset.UtcNow.AddSeconds(-1)));
            }

            var rows = await second.WaitAsync(versionId, r => r.All(d => d.Status == DeliveryStatus.Delivered), Patience);
            output.WriteLine($"second worker delivered after the lease: {clock.Elapsed.TotalSeconds:0.0} s");
            Assert.Single(rows);
            Assert.Equal(0, rows[0].Attempts);
            Assert.Equal(2, fhir.Posted.Count);
            // The same ids both times: the server holds one copy of each resource.
            Assert.Equal(fhir.Posted[0].Entry.Select(e => e.Request!.Url), fhir.Posted[1].Entry.Select(e => e.Request!.Url));
            Assert.Equal(fhir.Posted[0].Entry.Count, fhir.Stored.Count);
            Assert.Equal(fhir.Posted[0].Id, fhir.Posted[1].Id);
        }
        finally
        {
            await second.DisposeTestAsync();
        }
    }

    [Fact]
    public async System.Threading.Tasks.Task TwoWorkersClaimingAtOnce_OnlyOneGetsTheDelivery()
    {
        await using var database = await TestDatabase.CreateAsync();
        // The app's own worker looks once at start-up and then sleeps for an hour: the claims below are the only ones.
        var settings = DeliveryHost.Settings(60, ("NOWHERE", DeliveryKind.Mllp, MllpReceiver.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        settings["Omics:Delivery:PollSeconds"] = "3600";
        var host = await DeliveryHost.StartAsync(database, settings);
        try
        {
            var versionId = await host.SignDemoAsync("DEMO-S2-CRC");
            var outbox = host.Services.GetRequiredService<DeliveryOutbox>();
            for (var round = 0; round < 5; round++)
            {
                await using (var db = database.CreateContext())
                {
                    // Due now and free, as after an expired lease.
                    await db.Deliveries.Where(d => d.VersionId == versionId).ExecuteUpdateAsync(s => s
                        .SetProperty(d => d.Status, DeliveryStatus.Pending).SetProperty(d => d.LeaseUntil, DateTimeOffset.UtcNow.AddSeconds(-1))
                        .SetProperty(d => d.NextAttemptAt, DateTimeOffset.UtcNow.AddSeconds(-1)));
                }

                var claims = await System.Threading.Tasks.Task.WhenAll(Enumerable.Range(0, 4).Select(_ => System.Threading.Tasks.Task.Run(() => outbox.ClaimNextAsync())));
                var won = claims.OfType<DeliveryClaim>().Where(c => c.VersionId == versionId).ToList();
                Assert.Single(won);
                Assert.False(await outbox.CompleteAsync(won[0] with { LeaseToken = Guid.NewGuid() }, "a worker whose lease was taken over"));
            }
        }
        finally
        {
            await host.DisposeTestAsync();
        }
    }
}
