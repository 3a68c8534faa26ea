using System.CommandLine;
using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Cli.Commands;

/// <summary>
/// <c>omics report &lt;path&gt;... --out &lt;dir&gt; --format json|pdf|case|fhir|hl7v2 [--tumor-type CODE] [--sample ID]... [--prior-therapy DRUG]... [--skip-invalid]</c>:
/// imports files and folders (all or nothing) and writes <c>&lt;dir&gt;/&lt;sampleId&gt;.report.json</c> per case, or
/// with <c>--format pdf</c> one draft PDF per case named as the web app names it, with <c>fhir</c>
/// <c>&lt;sampleId&gt;.fhir.json</c> and with <c>hl7v2</c> <c>&lt;sampleId&gt;.hl7</c> (docs/interop.md).
/// Exit 0 on success, 2 on bad input (located messages on standard error), 1 on any other failure; nothing is
/// written unless everything succeeded.
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Description = "Files or folders to import (a cBioPortal study folder gives one case per sample).", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<string?>("--out") { Description = "Folder to write the reports into." };
        var format = new Option<string>("--format")
        {
            Description = "json: the distilled report (<sampleId>.report.json); pdf: the report printed as an unsigned draft " +
                          "(<MRN>_<sampleId>_<reportId>_v1.pdf, needs Chromium); case: the harmonized case (<sampleId>.case.json); " +
                          "fhir: a FHIR R4 Genomics Reporting bundle (<sampleId>.fhir.json); hl7v2: an HL7 v2.5.1 ORU^R01 message (<sampleId>.hl7).",
            DefaultValueFactory = _ => "json",
        };
        var tumorType = new Option<string?>("--tumor-type") { Description = "OncoTree code for every case; overrides the files." };
        var samples = new Option<string[]>("--sample") { Description = "Only these samples (repeatable); names the sample of files that name none." };
        var priorTherapies = new Option<string[]>("--prior-therapy")
        {
            Description = "A systemic therapy the patient received before the specimen (repeatable; generic name), for every case; 'none' for a treatment-naive patient.",
        };
        var skipInvalid = new Option<bool>("--skip-invalid") { Description = "Import the valid rows and list each skipped row, instead of refusing bad input." };
        var parallelism = new Option<int?>("--parallelism")
        {
            Description = "Threads to keep busy (default: the number of cores, at least 2); 1 runs every step one after another. The output is the same.",
        };
        var timings = new Option<bool>("--timings") { Description = "Print where the time went, phase by phase, on standard error (docs/performance.md)." };
        var report = new Command("report", "Import results and write one report per sample.")
        {
            paths, output, format, tumorType, samples, priorTherapies, skipInvalid, parallelism, timings,
        };
        report.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var request = new ReportRequest(
                parse.GetValue(paths) ?? [],
                parse.GetValue(output),
                parse.GetValue(format) ?? "json",
                new ImportOptions
                {
                    TumorType = parse.GetValue(tumorType),
                    Samples = parse.GetValue(samples) ?? [],
                    PriorTherapies = parse.GetValue(priorTherapies) ?? [],
                    SkipInvalid = parse.GetValue(skipInvalid),
                    Parallelism = parse.GetValue(parallelism) ?? new ImportOptions().Parallelism,
                })
            {
                Timings = parse.GetValue(timings),
            };
            return await ReportRunner.RunAsync(request, parse.InvocationConfiguration.Output, error, cancellationToken);
        });
        return report;
    }
}

/// <summary>What <c>omics report</c> was asked to do.</summary>
internal sealed record ReportRequest(IReadOnlyList<string> Paths, string? OutputFolder, string Format, ImportOptions Options)
{
    /// <summary><c>--timings</c>: print the phase breakdown on standard error after the run.</summary>
    public bool Timings { get; init; }
}
