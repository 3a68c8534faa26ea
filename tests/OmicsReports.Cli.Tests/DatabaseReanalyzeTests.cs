using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using OmicsReports.Data;
using OmicsReports.Data.Knowledge;
using OmicsReports.Data.Reports;
using OmicsReports.Ingest.Knowledge;
using OmicsReports.Testing;

namespace OmicsReports.Cli.Tests;

/// <summary>
/// <c>omics db reanalyze</c> as an operator runs it: killed with SIGKILL in the middle of a run, then run again, it
/// finishes the same run with every case exactly once and the same results as a run that was never interrupted.
/// </summary>
public sealed class DatabaseReanalyzeTests
{
    private const int Cases = 300;

    [Fact]
    public async Task Reanalyze_KilledMidRun_ResumesWithNoDuplicateAndNoLostCase()
    {
        await using var database = await DatabaseCommandTests.MigratedAsync(Data.Storage.DatabaseProvider.Sqlite);
        await SeedAsync(database);
        var signedBefore = await SignedHashesAsync(database);

        var (killedAt, total) = await StartAndKillAsync(database);
        var resumed = await OmicsProcess.RunAsync(["db", "reanalyze", "--kb", OldKnowledgeBase.Shipped], DatabaseCommandTests.Environment(database));
        var fresh = await OmicsProcess.RunAsync(["db", "reanalyze", "--kb", OldKnowledgeBase.Shipped], DatabaseCommandTests.Environment(database));

        Assert.True(killedAt > 0 && killedAt < total, $"the kill landed at {killedAt} of {total} cases, not in the middle");
        Assert.True(resumed.ExitCode == 0, resumed.Stderr);
        Assert.Contains($"resumed at {killedAt}", resumed.Stdout, StringComparison.Ordinal);
        Assert.Contains("Signed reports unchanged", resumed.Stdout, StringComparison.Ordinal);
        Assert.True(fresh.ExitCode == 0, fresh.Stderr);
        await using var db = database.CreateContext();
        var runs = await db.ReanalysisRuns.AsNoTracking().OrderBy(r => r.CreatedAt).ToListAsync();
        Assert.Equal(2, runs.Count);
        Assert.All(runs, r => Assert.Equal(RunStatus.Completed, r.Status));
        var interrupted = await RowsAsync(db, runs[0].Id);
        var clean = await RowsAsync(db, runs[1].Id);
        Assert.Equal(Cases, interrupted.Count);
        Assert.Equal(Cases, interrupted.Select(r => r.CaseId).Distinct().Count());
        Assert.All(interrupted, r => Assert.True(r.Done));
        Assert.Equal(clean.ToDictionary(r => r.CaseId, r => (r.Kinds, r.Summary)), interrupted.ToDictionary(r => r.CaseId, r => (r.Kinds, r.Summary)));
        Assert.Contains(interrupted, r => r.Kinds != 0);
        Assert.Equal(signedBefore, await SignedHashesAsync(database));
    }

    /// <summary>Starts the command, waits until some batches are committed, and kills it with SIGKILL.</summary>
    private static async Task<(int KilledAt, int Total)> StartAndKillAsync(TestDatabase database)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "omics.dll"), "db", "reanalyze", "--kb", OldKnowledgeBase.Shipped, "--batch-size", "10" })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in DatabaseCommandTests.Environment(database))
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        var deadline = DateTime.UtcNow.AddMinutes(3);
        var done = 0;
        while (done == 0 && !process.HasExited && DateTime.UtcNow < deadline)
        {
            await Task.Delay(25);
            done = Convert.ToInt32(await database.ScalarAsync("""SELECT COUNT(*) FROM reanalysis_cases WHERE "Done" = 1"""), System.Globalization.CultureInfo.InvariantCulture);
        }

        process.Kill(); // SIGKILL on Linux: no clean-up, as a crash or kill -9
        await process.WaitForExitAsync();
        var killedAt = Convert.ToInt32(await database.ScalarAsync("""SELECT COUNT(*) FROM reanalysis_cases WHERE "Done" = 1"""), System.Globalization.CultureInfo.InvariantCulture);
        var total = Convert.ToInt32(await database.ScalarAsync("SELECT COUNT(*) FROM reanalysis_cases"), System.Globalization.CultureInfo.InvariantCulture);
        return (killedAt, total);
    }

    private static async Task<List<ReanalysisCaseRecord>> RowsAsync(OmicsDbContext db, Guid runId) =>
        await db.ReanalysisCases.AsNoTracking().Where(r => r.RunId == runId).ToListAsync();

    /// <summary>Cases evaluated under release 2026.11.2, as imports made before the new release; one in three signed.</summary>
    private static async Task SeedAsync(TestDatabase database)
    {
        var (knowledge, _) = KnowledgeFolder.Load(OldKnowledgeBase.Folder);
        var distiller = knowledge!.CreateDistiller();
        var genes = knowledge.Genes.Genes.Select(g => g.Symbol).Order(StringComparer.Ordinal).ToArray();
        var evaluated = Enumerable.Range(0, Cases).Select(i => StoredCases.Create(i, genes, passengers: 10))
            .Select(c => new EvaluatedCase(c, distiller.Distill(c))).ToList();
        await new ReportStore(new Contexts(database), TimeProvider.System).AddVersionsAsync(evaluated, "test-seed");
        await database.ExecuteAsync("""UPDATE report_versions SET "Status" = 'signed', "SignedAt" = '2026-11-30 09:00:00.000000+00:00', "AttestationStatement" = 'Signed for the benchmark', "SignedByName" = 'Test Pathologist' WHERE (rowid % 3) = 0""");
    }

    /// <summary>Each version's stored content, by id: what must not change.</summary>
    private static async Task<Dictionary<Guid, string>> SignedHashesAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var rows = await db.ReportVersions.AsNoTracking().Where(v => v.Status == ReportStatus.Signed)
            .Select(v => new { v.Id, v.CaseJson, v.ReportJson, v.Status, v.SignedByName }).ToListAsync();
        return rows.ToDictionary(r => r.Id, r => ReportSnapshots.Sha256(r.CaseJson + "\n" + r.ReportJson + "\n" + r.Status + "\n" + r.SignedByName));
    }

    private sealed class Contexts(TestDatabase database) : IDbContextFactory<OmicsDbContext>
    {
        public OmicsDbContext CreateDbContext() => database.CreateContext();
    }
}
