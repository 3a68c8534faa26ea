using System.Diagnostics;
using OmicsReports.Reporting.Fhir;
using Xunit.Abstractions;

namespace OmicsReports.Reporting.Tests.Interop;

/// <summary>
/// Every bundle exported from the cBioPortal study (signed versions, PDF included) validates against base R4 with
/// zero errors; the samples with implications and every tenth other sample also validate against the Genomics
/// Reporting IG's profiles. Validating all 845 against the IG took 20 minutes on the shared two-core machine
/// (11,541 resources, zero errors); the demo patients cover every kind of resource against the IG in every test run.
/// </summary>
public class FhirStudyValidationTests(ITestOutputHelper output)
{
    [Fact]
    public async System.Threading.Tasks.Task CbioportalStudy_EveryExportedBundle_ValidatesAgainstBaseR4_AndASampleAgainstTheIg()
    {
        var cases = await InteropCases.StudyCasesAsync();
        var errors = new List<string>();
        var (resources, profiled) = (0, 0);
        var clock = Stopwatch.StartNew();

        for (var i = 0; i < cases.Count; i++)
        {
            var request = InteropCases.Request(cases[i], signed: true);
            var bundle = FhirReportWriter.Build(request, new() { Genes = InteropCases.Knowledge.Genes, SignedPdf = FhirExportValidationTests.MinimalPdfBytes });
            resources += bundle.Entry.Count + 1;
            var sample = cases[i].Specimen.SampleId;
            errors.AddRange(FhirValidation.BaseErrors(bundle).Select(e => $"{sample} (R4): {e}"));
            if (request.Report.Implications.Count > 0 || i % 10 == 0)
            {
                profiled++;
                errors.AddRange(FhirValidation.IgErrors(bundle).Select(e => $"{sample} (IG): {e}"));
            }
        }

        output.WriteLine($"{cases.Count} bundles ({resources} resources) against base R4, {profiled} of them also against the IG, " +
            $"in {clock.Elapsed.TotalSeconds:F0} s; {errors.Count} errors");
        Assert.True(cases.Count > 800, $"{cases.Count} samples");
        Assert.True(errors.Count == 0, $"{errors.Count} errors:\n{string.Join('\n', errors.Take(40))}");
    }
}
