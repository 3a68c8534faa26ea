using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using OmicsReports.Data;
using OmicsReports.Data.Reports;
using OmicsReports.Data.Storage;
using OmicsReports.Ingest.Knowledge;
using OmicsReports.Testing;

namespace OmicsReports.Benchmarks;

/// <summary>
/// <c>--reanalysis-seed DATA_FOLDER OLD_KB [COUNT]</c>: a new SQLite database in DATA_FOLDER (as OMICS_DATA names it)
/// holding COUNT stored cases (<see cref="StoredCases"/>), each evaluated under the knowledge base OLD_KB as an import
/// would be, three in five of them signed. <c>omics db reanalyze</c> is then timed on it (docs/performance.md).
/// </summary>
public static class ReanalysisSeed
{
    public static async Task RunAsync(string dataFolder, string oldKnowledge, int count)
    {
        var (knowledge, problems) = KnowledgeFolder.Load(oldKnowledge);
        if (knowledge is null)
        {
            throw new InvalidOperationException($"{oldKnowledge} is not a knowledge base: {problems.Count} problem(s).");
        }

        Directory.CreateDirectory(dataFolder);
        var file = Path.Combine(dataFolder, OmicsDatabase.SqliteFileName);
        if (File.Exists(file))
        {
            throw new InvalidOperationException($"{file} exists; give an empty folder.");
        }

        var database = OmicsDatabase.For(DatabaseProvider.Sqlite, $"Data Source={file}");
        await SqliteFile.PrepareAsync(database.ConnectionString);
        await using (var db = database.CreateContext())
        {
            await db.Database.MigrateAsync();
        }

        var clock = Stopwatch.StartNew();
        var distiller = knowledge.CreateDistiller();
        var genes = knowledge.Genes.Genes.Select(g => g.Symbol).Order(StringComparer.Ordinal).ToArray();
        var store = new ReportStore(new Contexts(database), TimeProvider.System);
        const int chunk = 500;
        for (var start = 0; start < count; start += chunk)
        {
            var evaluated = Enumerable.Range(start, Math.Min(chunk, count - start)).AsParallel().AsOrdered()
                .Select(i => StoredCases.Create(i, genes)).Select(c => new EvaluatedCase(c, distiller.Distill(c))).ToList();
            await store.AddVersionsAsync(evaluated, "benchmark-seed");
        }

        await using (var db = database.CreateContext())
        {
            // Three in five signed, as a laboratory's archive mostly is; signing is allowed from a draft.
            await db.Database.ExecuteSqlRawAsync(
                """UPDATE report_versions SET "Status" = 'signed', "SignedAt" = '2026-11-30 09:00:00.000000+00:00', "AttestationStatement" = 'Signed for the benchmark', "SignedByName" = 'Benchmark Pathologist' WHERE (rowid % 5) < 3""");
            await db.Database.ExecuteSqlRawAsync(
                """UPDATE cases SET "LatestStatus" = 'signed' WHERE "Id" IN (SELECT "CaseId" FROM report_versions WHERE "Status" = 'signed')""");
        }

        Console.WriteLine($"Seeded {count} case(s) under knowledge base {knowledge.KnowledgeBase.Stamp.Version} into {file} in {clock.Elapsed.TotalSeconds:0.0} s " +
            $"({new FileInfo(file).Length / (1024 * 1024)} MB).");
    }

    private sealed class Contexts(OmicsDatabase database) : IDbContextFactory<OmicsDbContext>
    {
        public OmicsDbContext CreateDbContext() => database.CreateContext();
    }
}
