using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Identity;
using OmicsReports.Data.Reports;
using OmicsReports.Data.Storage;
using OmicsReports.Testing;

namespace OmicsReports.Data.Tests;

/// <summary>A SQLite pilot moves to PostgreSQL: every table arrives with its keys, and the check would see a difference.</summary>
[Trait(DatabaseMatrix.Trait, DatabaseMatrix.PostgreSqlOnly)]
public sealed class DatabaseCopyTests
{
    [Fact]
    public async Task SqlitePilot_CopiedIntoPostgreSql_MatchesTableByTable_AndKeepsWorking()
    {
        await using var pilot = await DataHost.StartAsync(DatabaseProvider.Sqlite);
        await FillAsync(pilot);
        await using var target = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSQL);
        var source = OmicsDatabase.For(DatabaseProvider.Sqlite, pilot.Database.ConnectionString);
        var destination = OmicsDatabase.For(DatabaseProvider.PostgreSQL, target.OwnerConnectionString);
        var progress = new List<string>();

        var tables = await DatabaseCopy.CopyAsync(source, destination, progress.Add);

        Assert.All(tables, t => Assert.True(t.Matches, $"{t.Source.Table}: {t.Source.Rows} vs {t.Target.Rows}"));
        Assert.Contains(tables, t => t.Source.Table == "audit_entries" && t.Source.Rows == 3);
        Assert.Contains(tables, t => t.Source.Table == "report_versions" && t.Source.Rows == 2);
        Assert.Contains(tables, t => t.Source.Table == "AspNetUserRoles" && t.Source.Rows == 1);
        Assert.Equal(tables.Count, progress.Count);

        // The copy goes on as a working database: the audit chain verifies and continues, ids do not collide.
        await using (var db = target.CreateContext(asOwner: true))
        {
            Assert.True((await AuditVerifier.VerifyAsync(db)).Intact);
        }

        var trail = new AuditTrail(new ContextFactory(target), TimeProvider.System);
        var next = new AuditEntry { Action = AuditActions.View, TargetType = "Test", TargetId = "after-copy" };
        await trail.AppendAsync(next);
        Assert.Equal(4, next.Sequence);

        // The content hash is sharp: one changed letter in one row shows.
        var patients = tables.Single(t => t.Source.Table == "patients").Source;
        await target.ExecuteAsync("UPDATE patients SET \"GivenName\" = 'Tesu' WHERE \"GivenName\" = 'Test' AND ctid = (SELECT min(ctid) FROM patients)", asOwner: true);
        await using var changed = target.CreateContext(asOwner: true);
        var after = await TableFingerprints.OfAsync(changed, changed.Model.FindEntityType(typeof(Patients.PatientRecord))!);
        Assert.Equal(patients.Rows, after.Rows);
        Assert.NotEqual(patients.Sha256, after.Sha256);
    }

    [Fact]
    public async Task CopyIntoADatabaseWithData_IsRefused()
    {
        await using var pilot = await DataHost.StartAsync(DatabaseProvider.Sqlite);
        await FillAsync(pilot);
        await using var target = await DataHost.StartAsync(DatabaseProvider.PostgreSQL);
        await target.AddCaseAsync("Existing", ReportStatus.Draft, DateTimeOffset.UtcNow);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => DatabaseCopy.CopyAsync(
            OmicsDatabase.For(DatabaseProvider.Sqlite, pilot.Database.ConnectionString),
            OmicsDatabase.For(DatabaseProvider.PostgreSQL, target.Database.OwnerConnectionString), _ => { }));

        Assert.Contains("not empty", error.Message, StringComparison.Ordinal);
    }

    private static async Task FillAsync(DataHost pilot)
    {
        await using (var scope = pilot.Services.CreateAsyncScope())
        {
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<UserAccounts>()
                .CreateAsync("pilot@example.org", Roles.Pathologist, "a-long-enough-passphrase", "Dr. Pilot"));
        }

        var signed = await pilot.AddCaseAsync("Signed", ReportStatus.Signed, new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.FromHours(2)), new DateOnly(1960, 2, 29));
        var draft = await pilot.AddCaseAsync("Draft", ReportStatus.Draft, DateTimeOffset.UtcNow);
        await using (var db = await pilot.ContextAsync())
        {
            db.ReportVersions.Add(Version(signed.Id, ReportStatus.Signed));
            var open = Version(draft.Id, ReportStatus.Draft);
            db.ReportVersions.Add(open);
            db.ReportComments.Add(new ReportCommentRecord { ReportVersionId = open.Id, At = DateTimeOffset.UtcNow, AuthorId = "u", AuthorName = "Dr. Pilot", AuthorRole = Roles.Pathologist, Text = "Looks right." });
            await db.SaveChangesAsync();
        }

        var trail = pilot.Services.GetRequiredService<AuditTrail>();
        foreach (var detail in new[] { "one", "two – ✓", "three" })
        {
            await trail.AppendAsync(new AuditEntry { Action = AuditActions.View, TargetType = "Test", TargetId = "pilot", Detail = detail });
        }
    }

    private static ReportVersionRecord Version(Guid caseId, ReportStatus status)
    {
        var now = new DateTimeOffset(2026, 5, 1, 7, 0, 0, TimeSpan.Zero).AddTicks(4567890);
        var signed = status == ReportStatus.Signed;
        return new ReportVersionRecord
        {
            Id = Guid.NewGuid(), CaseId = caseId, Version = 1, Status = status, CaseJson = "{\"case\":1}", ReportJson = "{\"report\":1}",
            InputSha256 = new string('a', 64), KnowledgeBaseVersion = "2026.11.2", KnowledgeBaseSha256 = new string('b', 64),
            CreatedAt = now, CreatedBy = "test", UpdatedAt = now, UpdatedBy = "test", Revision = Guid.NewGuid(),
            SignedAt = signed ? now : null, SignedByName = signed ? "Dr. Pilot" : null, SignedByUserId = signed ? "u" : null,
            AttestationStatement = signed ? ReportSignOut.Attestation : null,
        };
    }

    private sealed class ContextFactory(TestDatabase database) : IDbContextFactory<OmicsDbContext>
    {
        public OmicsDbContext CreateDbContext() => database.CreateContext(asOwner: true);
    }
}
