using System.CommandLine;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Data;
using OmicsReports.Data.Knowledge;
using OmicsReports.Data.Pipeline;
using OmicsReports.Ingest.Knowledge;

namespace OmicsReports.Cli.Commands;

/// <summary>
/// <c>omics db reanalyze [--kb DIR]</c>: the app's reanalysis job on the configured database. Records the release
/// (with its diff) if the database has not seen it, resumes an interrupted run under it or starts one, runs it to the
/// end on every core, and prints the summary. Ctrl-C (or a kill) leaves the run to be resumed by the next call or the app.
/// </summary>
internal static class DatabaseReanalyzeCommand
{
    private const int Listed = 50;

    public static Command Create()
    {
        var folder = new Option<string?>("--kb") { Description = "Knowledge-base folder; defaults to Omics:KnowledgeBase:Path of the deployment." };
        var batch = new Option<int>("--batch-size") { Description = "Cases per transaction (default 250).", DefaultValueFactory = _ => 250 };
        var command = new Command("reanalyze", "Re-evaluate the latest version of every stored case under a knowledge base and store what changes.") { folder, batch };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var path = parse.GetValue(folder) ?? KnowledgeLocation.Default();
            var (knowledge, problems) = KnowledgeFolder.Load(path);
            KnowledgeCommands.Report(problems.Where(p => p.Severity == Domain.Cases.ProblemSeverity.Error), error);
            if (knowledge is null)
            {
                await error.WriteLineAsync($"omics db reanalyze: {path} is not a valid knowledge base.");
                return ExitCodes.BadInput;
            }

            return await CliErrors.RunAsync(() => RunAsync(knowledge, Math.Clamp(parse.GetValue(batch), 1, 10_000), output, error, cancellationToken));
        });
        return command;
    }

    private static async Task<int> RunAsync(LoadedKnowledge knowledge, int batchSize, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var host = CliHost.BuildDatabaseHost();
        var services = host.Services;
        await using (var db = await services.GetRequiredService<IDbContextFactory<OmicsDbContext>>().CreateDbContextAsync(cancellationToken))
        {
            if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            {
                await error.WriteLineAsync("omics db reanalyze: the database lacks migrations; run 'omics db migrate' first.");
                return ExitCodes.Failure;
            }
        }

        var kb = knowledge.KnowledgeBase;
        var release = await services.GetRequiredService<KnowledgeReleases>().RecordAsync(kb, "omics db reanalyze", cancellationToken);
        var changes = await services.GetRequiredService<KnowledgeReleases>().ChangesAsync(release.Id, cancellationToken);
        await output.WriteLineAsync(changes is null
            ? $"Knowledge base {kb.Stamp.Version} (sha256 {kb.Stamp.Sha256}): the first release this database has seen."
            : $"Knowledge base {kb.Stamp.Version} (sha256 {kb.Stamp.Sha256}): {changes.Rules.Count} rule(s) or standard(s) differ from {changes.OldVersion}.");

        var job = services.GetRequiredService<ReanalysisJob>();
        var resumed = await job.UnfinishedAsync(kb.Stamp.Sha256, cancellationToken);
        var runId = resumed ?? (await job.CreateAsync(kb.Stamp, "omics db reanalyze", null, string.Empty, cancellationToken)).RunId;
        var start = (await job.ProgressAsync(runId, cancellationToken))!;
        if (start.Version != kb.Stamp.Version)
        {
            await error.WriteLineAsync($"omics db reanalyze: a run under knowledge base {start.Version} is still going; finish or cancel it first.");
            return ExitCodes.Failure;
        }

        await output.WriteLineAsync($"Reanalysis {runId} {(resumed is null ? "started" : $"resumed at {start.Processed}")}: {start.Total} case(s).");
        var runner = new ReanalysisRunner(services.GetRequiredService<IDbContextFactory<OmicsDbContext>>(), job, TimeProvider.System)
        {
            BatchSize = batchSize,
            Progress = done => error.WriteLine($"  {done} of {start.Total} case(s) done"),
        };
        var result = await runner.RunAsync(runId, new DistillingReportEngine(knowledge.CreateDistiller()), cancellationToken);
        await PrintAsync(services, result, output, cancellationToken);
        var (evaluating, waiting) = runner.Timings;
        await output.WriteLineAsync(
            $"Elapsed {clock.Elapsed.TotalSeconds:0.0} s ({evaluating.TotalSeconds:0.0} s evaluating on {Environment.ProcessorCount} core(s), " +
            $"{waiting.TotalSeconds:0.0} s waiting for the database); peak memory {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB.");
        return result.Status == RunStatus.Completed ? ExitCodes.Success : result.Status == RunStatus.Failed ? ExitCodes.IntegrityFailure : ExitCodes.Failure;
    }

    private static async Task PrintAsync(IServiceProvider services, ReanalysisProgress result, TextWriter output, CancellationToken cancellationToken)
    {
        var queries = services.GetRequiredService<ReanalysisQueries>();
        var page = await queries.AffectedAsync(null, 0, Listed, cancellationToken);
        foreach (var row in page.Rows)
        {
            await output.WriteLineAsync($"  {row.SampleId} v{row.Version} ({Data.Reports.ReportStatusText.Display(row.Status)}): {ChangeKinds.Labels(row.Kinds)}: {row.Summary}");
        }

        if (page.Total > page.Rows.Count)
        {
            await output.WriteLineAsync($"  … and {page.Total - page.Rows.Count} more (the app lists them all at /knowledge/affected).");
        }

        var counts = await queries.KindCountsAsync(result.RunId, cancellationToken);
        var kinds = string.Join(", ", counts.Where(c => c.Value > 0).Select(c => $"{c.Value} {ChangeKinds.Label(c.Key)}"));
        await output.WriteLineAsync(
            $"Reanalysis {result.Status}: {result.Processed} of {result.Total} case(s) re-evaluated under {result.Version}; {result.Changed} changed" +
            (kinds.Length > 0 ? $" ({kinds})." : "."));
        if (result.SignedSha256After is { } after)
        {
            await output.WriteLineAsync(after == result.SignedSha256Before
                ? $"Signed reports unchanged: {result.SignedCount} version(s), sha256 {after} before and after."
                : $"SIGNED REPORTS CHANGED during the run: sha256 {result.SignedSha256Before} before, {after} after.");
        }

        if (result.Message is { } message)
        {
            await output.WriteLineAsync(message);
        }
    }
}
