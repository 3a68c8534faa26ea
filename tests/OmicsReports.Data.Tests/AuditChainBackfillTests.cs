using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Storage;
using OmicsReports.Testing;

namespace OmicsReports.Data.Tests;

/// <summary>
/// A PostgreSQL database from before the chain keeps its audit entries: the AuditChain migration chains them in SQL,
/// byte for byte as the C# verifier expects, and new entries continue the chain.
/// </summary>
[Trait(DatabaseMatrix.Trait, DatabaseMatrix.PostgreSqlOnly)]
public sealed class AuditChainBackfillTests
{
    private const string BeforeTheChain = "20261121074521_AddTumorBoards";

    [Fact]
    public async Task EntriesWrittenBeforeTheChain_AreChainedByTheMigration_InTheOrderTheyWereWritten()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSQL);
        await using (var owner = database.CreateContext(asOwner: true))
        {
            await owner.GetService<IMigrator>().MigrateAsync(BeforeTheChain);
        }

        await database.ExecuteAsync("""
            INSERT INTO audit_entries ("At", "UserId", "UserName", "Action", "TargetType", "TargetId", "RemoteAddress", "Detail") VALUES
            ('2026-11-20 08:00:00.123456+00', 'u1', 'a@example.org', 'sign-in', 'User', 'u1', '127.0.0.1', ''),
            ('2026-11-20 08:00:01+00', 'u1', 'a@example.org', 'view', 'ReportVersion', 'v1', '127.0.0.1', 'Résumé – ünïcödé ✓ 😀'),
            ('2026-11-20 09:30:00.5+00', '', '', 'sign-in-failed', 'User', '', '10.0.0.1', 'it''s 100% "quoted"');
            """, asOwner: true);

        await using (var owner = database.CreateContext(asOwner: true))
        {
            await owner.Database.MigrateAsync();
        }

        await using var db = database.CreateContext(asOwner: true);
        var entries = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([1L, 2L, 3L], entries.Select(e => e.Sequence));
        Assert.All(entries, e => Assert.Equal(AuditChain.HashOf(e), e.Hash));
        Assert.True((await AuditVerifier.VerifyAsync(db)).Intact);

        var trail = new AuditTrail(new SingleContextFactory(database), TimeProvider.System);
        var next = new AuditEntry { Action = AuditActions.View, TargetType = "Test", TargetId = "after" };
        await trail.AppendAsync(next);
        Assert.Equal((4L, entries[2].Hash), (next.Sequence, next.PreviousHash));
        Assert.True((await AuditVerifier.VerifyAsync(db)).Intact);
    }

    private sealed class SingleContextFactory(TestDatabase database) : IDbContextFactory<OmicsDbContext>
    {
        public OmicsDbContext CreateDbContext() => database.CreateContext(asOwner: true);
    }
}
