using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Harmonizing;
using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Cli.Commands;

/// <summary>Runs an import and writes its reports; turns every outcome into an exit code and plain messages.</summary>
internal static class ReportRunner
{
    public static async Task<int> RunAsync(ReportRequest request, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (Usage(request) is { } usage)
        {
            await error.WriteLineAsync($"omics report: {usage}");
            return ExitCodes.BadInput;
        }

        try
        {
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

            var written = await ReportWriter.WriteAllAsync(result.Cases, request.OutputFolder!, cancellationToken);
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

        return request.Format.Equals("json", StringComparison.OrdinalIgnoreCase)
            ? null
            : $"--format '{request.Format}' is not supported; use --format json.";
    }
}
