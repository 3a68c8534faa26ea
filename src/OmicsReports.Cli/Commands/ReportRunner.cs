using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Harmonizing;
using OmicsReports.Ingest.Knowledge;
using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Cli.Commands;

/// <summary>Runs an import and writes its reports; turns every outcome into an exit code and plain messages.</summary>
internal static class ReportRunner
{
    /// <summary>Writes the harmonized case instead of the report: the input of <c>omics kb reanalyze</c>.</summary>
    public const string CaseFormat = "case";

    public static async Task<int> RunAsync(ReportRequest request, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (Usage(request) is { } usage)
        {
            await error.WriteLineAsync($"omics report: {usage}");
            return ExitCodes.BadInput;
        }

        try
        {
            // The knowledge base is loaded and validated before anything is read, so a broken deployment fails fast.
            LoadedKnowledge? knowledge = null;
            if (!request.Format.Equals(CaseFormat, StringComparison.OrdinalIgnoreCase))
            {
                var folder = KnowledgeLocation.Default();
                (knowledge, var problems) = KnowledgeFolder.Load(folder);
                KnowledgeCommands.Report(problems.Where(p => p.Severity == ProblemSeverity.Error), error);
                if (knowledge is null)
                {
                    await error.WriteLineAsync($"omics report: the knowledge base at {folder} is not valid (omics kb validate lists the problems).");
                    return ExitCodes.Failure;
                }
            }

            var importer = Importer.CreateDefault(CreateHarmonizer());
            var result = await importer.ImportAsync(request.Paths, request.Options, cancellationToken);
            if (!result.Succeeded)
            {
                foreach (var problem in result.Errors)
                {
                    await error.WriteLineAsync(problem.ToString());
                }

                await error.WriteLineAsync($"omics report: {result.Errors.Count} error(s); nothing was written.");
                return ExitCodes.BadInput;
            }

            foreach (var warning in result.Warnings)
            {
                await error.WriteLineAsync(warning.ToString());
            }

            var written = knowledge is null
                ? await ReportWriter.WriteAllAsync(result.Cases, request.OutputFolder!, ".case.json", c => c, cancellationToken)
                : await ReportWriter.WriteAllAsync(result.Cases, request.OutputFolder!, ".report.json", knowledge.CreateDistiller().Distill, cancellationToken);
            var warnings = result.Cases.Sum(c => c.Warnings.Count - result.Warnings.Count);
            await output.WriteLineAsync($"Wrote {written} report(s) to {request.OutputFolder}" +
                (warnings > 0 ? $"; the cases carry {warnings} warning(s)." : "."));
            return ExitCodes.Success;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("omics report: cancelled; nothing was written.");
            return ExitCodes.Failure;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"omics report: cannot read or write files: {ex.Message}");
            return ExitCodes.Failure;
        }
    }

    /// <summary>
    /// The gene table behind harmonization. Until knowledge/reference/genes.tsv and its loader land, symbols are
    /// taken as written (no "unknown gene" warnings).
    /// </summary>
    private static Harmonizer CreateHarmonizer() => Harmonizer.PassThrough;

    private static string? Usage(ReportRequest request)
    {
        if (request.Paths.Count == 0)
        {
            return "give at least one file or folder to import.";
        }

        if (string.IsNullOrWhiteSpace(request.OutputFolder))
        {
            return "--out <dir> is required.";
        }

        return request.Format.Equals("json", StringComparison.OrdinalIgnoreCase) || request.Format.Equals(CaseFormat, StringComparison.OrdinalIgnoreCase)
            ? null
            : $"--format '{request.Format}' is not supported; use --format json (the distilled report) or --format case (the harmonized case).";
    }
}
