using Microsoft.Extensions.Options;
using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Diagnostics;
using OmicsReports.Ingest.Harmonizing;
using OmicsReports.Ingest.Knowledge;
using OmicsReports.Ingest.Pipeline;
using OmicsReports.Ingest.Reference;
using OmicsReports.Reporting.Hl7v2;
using OmicsReports.Reporting.Pdf;

namespace OmicsReports.Cli.Commands;

/// <summary>Runs an import and writes its reports; turns every outcome into an exit code and plain messages.</summary>
internal static class ReportRunner
{
    /// <summary>Writes the harmonized case instead of the report: the input of <c>omics kb reanalyze</c>.</summary>
    public const string CaseFormat = "case";

    /// <summary>Prints each distilled report as a draft PDF, as the web app's export does.</summary>
    public const string PdfFormat = "pdf";

    /// <summary>Each report as a FHIR R4 Genomics Reporting bundle.</summary>
    public const string FhirFormat = "fhir";

    /// <summary>Each report as an HL7 v2.5.1 ORU^R01 message.</summary>
    public const string Hl7Format = "hl7v2";

    /// <param name="harmonizer">
    /// For <c>--format case</c>, the reference tables to harmonize with; null loads the deployment's (tests that run
    /// hundreds of imports in one process pass one loaded once).
    /// </param>
    public static async Task<int> RunAsync(
        ReportRequest request, TextWriter output, TextWriter error, CancellationToken cancellationToken, Harmonizer? harmonizer = null)
    {
        if (Usage(request) is { } usage)
        {
            await error.WriteLineAsync($"omics report: {usage}");
            return ExitCodes.BadInput;
        }

        var timings = request.Timings ? new PhaseTimings() : null;
        try
        {
            var loading = PhaseTimings.Time(timings, "load knowledge base");
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

            loading.Dispose();

            // Settings are checked before anything is read, like the knowledge base.
            Hl7Options? hl7 = null;
            if (request.Format.Equals(Hl7Format, StringComparison.OrdinalIgnoreCase))
            {
                using var settings = KnowledgeLocation.Settings();
                (hl7, var problem) = InteropReportWriter.Hl7Settings(settings);
                if (problem is not null)
                {
                    await error.WriteLineAsync($"omics report: {problem}. Nothing was written.");
                    return ExitCodes.Failure;
                }
            }

            // Chromium starts while the files are read; a missing browser is reported before anything is written.
            await using var printer = request.Format.Equals(PdfFormat, StringComparison.OrdinalIgnoreCase)
                ? await PdfPrinter.StartAsync(KnowledgeLocation.Settings(), cancellationToken)
                : null;
            // With a knowledge base loaded, its reference tables harmonize too: one read, and rules and names agree.
            var importer = Importer.CreateDefault(knowledge?.CreateHarmonizer() ?? harmonizer ?? LoadHarmonizer());
            importer.Timings = timings;
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

            int written;
            if (printer is not null)
            {
                await printer.ReadyAsync();
                written = await PdfReportWriter.WriteAllAsync(result.Cases, request.OutputFolder!, knowledge!.CreateDistiller().Distill, printer.Exporter, error, cancellationToken);
            }
            else if (request.Format.Equals(FhirFormat, StringComparison.OrdinalIgnoreCase))
            {
                written = await InteropReportWriter.WriteFhirAsync(result.Cases, request.OutputFolder!, knowledge!.CreateDistiller().Distill, knowledge.Genes, cancellationToken);
            }
            else if (hl7 is not null)
            {
                written = await InteropReportWriter.WriteHl7Async(result.Cases, request.OutputFolder!, knowledge!.CreateDistiller().Distill, knowledge.Genes, hl7, cancellationToken);
            }
            else
            {
                written = knowledge is null
                    ? await ReportWriter.WriteAllAsync(result.Cases, request.OutputFolder!, ".case.json", c => c, cancellationToken, timings, request.Options.Parallelism)
                    : await ReportWriter.WriteAllAsync(result.Cases, request.OutputFolder!, ".report.json", Distil(knowledge, timings), cancellationToken, timings, request.Options.Parallelism);
            }

            foreach (var line in timings?.Lines() ?? [])
            {
                await error.WriteLineAsync(line);
            }

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
        catch (PdfExportException ex)
        {
            // Written for people and free of patient data (missing Chromium names the apt-get line).
            await error.WriteLineAsync($"omics report: {ex.Message} Nothing was written.");
            return ExitCodes.Failure;
        }
        catch (OptionsValidationException ex)
        {
            await error.WriteLineAsync($"omics report: the PDF settings (Omics:Pdf) are not valid: {ex.Message}");
            return ExitCodes.Failure;
        }
        catch (InvalidDataException ex)
        {
            await error.WriteLineAsync($"omics report: the reference tables are broken: {ex.Message}");
            return ExitCodes.Failure;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"omics report: cannot read or write files: {ex.Message}");
            return ExitCodes.Failure;
        }
        catch (Exception ex)
        {
            // A defect (in distilling or writing): one line, no stack trace, no patient data; the staging folder is gone.
            await error.WriteLineAsync($"omics report: failed with an unexpected {ex.GetType().Name}; nothing was written. This is a defect in OmicsReports; please report it.");
            return ExitCodes.Failure;
        }
    }

    /// <summary>The distiller's work per case; with timings, the input hash and the rules are timed apart.</summary>
    private static Func<OmicsCase, object> Distil(LoadedKnowledge knowledge, PhaseTimings? timings)
    {
        var distiller = knowledge.CreateDistiller();
        if (timings is null)
        {
            return distiller.Distill;
        }

        // Listed in this order: the distillation, then the share of it that hashes the input.
        timings.Add("  of which: distil", TimeSpan.Zero);
        timings.Add("    of which: input hash (the case as JSON)", TimeSpan.Zero);
        return c =>
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var hash = Domain.Reports.Distillation.CaseHash.Sha256(c);
            timings.Add("    of which: input hash (the case as JSON)", System.Diagnostics.Stopwatch.GetElapsedTime(started));
            return distiller.Distill(c, hash);
        };
    }

    /// <summary>The gene table and OncoTree of the deployment (&lt;knowledge base&gt;/reference).</summary>
    private static Harmonizer LoadHarmonizer() =>
        Harmonizer.From(ReferenceData.Load(Path.Combine(KnowledgeLocation.Default(), ReferenceData.FolderName)));

    private static string? Usage(ReportRequest request)
    {
        if (request.Paths.Count == 0)
        {
            return "give at least one file or folder to import.";
        }

        if (request.Options.Parallelism < 1)
        {
            return "--parallelism must be 1 or more.";
        }

        if (string.IsNullOrWhiteSpace(request.OutputFolder))
        {
            return "--out <dir> is required.";
        }

        return new[] { "json", CaseFormat, PdfFormat, FhirFormat, Hl7Format }.Contains(request.Format, StringComparer.OrdinalIgnoreCase)
            ? null
            : $"--format '{request.Format}' is not supported; use --format json (the distilled report), pdf (the report printed as a draft), " +
              "case (the harmonized case), fhir (a FHIR R4 Genomics Reporting bundle) or hl7v2 (an HL7 v2.5.1 ORU^R01 message).";
    }
}
