using System.Diagnostics;
using Hl7.Fhir.Model;
using OmicsReports.Reporting.Fhir;
using Xunit.Abstractions;

namespace OmicsReports.Reporting.Tests.Interop;

/// <summary>
/// Every resource of every bundle exported from the cBioPortal study (signed versions, PDF included) validates against
/// base R4 with zero errors; the resources of the samples with implications and of every tenth other sample validate
/// against the Genomics Reporting IG's profiles as well (one pass of the IG validator, which checks the base
/// definition of each resource's type too); and for every 25th sample the whole bundle is validated
/// against the IG, which adds the bundle's own invariants and the profiles of the entries its references point to.
/// </summary>
/// <remarks>
/// Resources are validated one by one because the validator checks a whole bundle two to four times more slowly than
/// its entries (it resolves every reference across the entries), and what varies from sample to sample is the
/// content of the entries, not the envelope: the envelope and the references are the same code for every sample, and
/// every demo bundle is validated whole in <see cref="FhirExportValidationTests"/>. Validating all 845 bundles whole
/// against the IG took 20 minutes on the shared two-core machine (11,541 resources, zero errors).
/// </remarks>
public class FhirStudyValidationTests(ITestOutputHelper output)
{
    [Fact]
    public async System.Threading.Tasks.Task CbioportalStudy_EveryExportedResource_ValidatesAgainstBaseR4_AndASampleAgainstTheIg()
    {
        var cases = await InteropCases.StudyCasesAsync();
        var errors = new List<string>();
        var (resources, profiled, whole) = (0, 0, 0);
        var clock = Stopwatch.StartNew();

        for (var i = 0; i < cases.Count; i++)
        {
            var request = InteropCases.Request(cases[i], signed: true);
            var bundle = FhirReportWriter.Build(request, new() { Genes = InteropCases.Knowledge.Genes, SignedPdf = FhirExportValidationTests.MinimalPdfBytes });
            var entries = bundle.Entry.Select(e => e.Resource).OfType<Resource>().ToList();
            Assert.Equal(bundle.Entry.Count, entries.Count);
            resources += entries.Count;
            var sample = cases[i].Specimen.SampleId;
            // The IG validator checks the base definition as well (FhirValidatorControlTests): one pass per resource.
            if (request.Report.Implications.Count > 0 || i % 10 == 0)
            {
                profiled++;
                errors.AddRange(entries.SelectMany(r => FhirValidation.IgErrors(r).Select(e => $"{sample} {r.TypeName}/{r.Id} (IG): {e}")));
            }
            else
            {
                errors.AddRange(entries.SelectMany(r => FhirValidation.BaseErrors(r).Select(e => $"{sample} {r.TypeName}/{r.Id} (R4): {e}")));
            }

            if (i % 25 == 0)
            {
                whole++;
                errors.AddRange(FhirValidation.IgErrors(bundle).Select(e => $"{sample} bundle (IG): {e}"));
            }
        }

        output.WriteLine($"{cases.Count} bundles ({resources} resources): the resources of {profiled} against the IG (base R4 " +
            $"included), of the others against base R4, {whole} whole bundles against the IG, in {clock.Elapsed.TotalSeconds:F0} s; {errors.Count} errors");
        Assert.True(cases.Count > 800, $"{cases.Count} samples");
        Assert.True(profiled > cases.Count / 10, $"{profiled} samples against the IG");
        Assert.True(errors.Count == 0, $"{errors.Count} errors:\n{string.Join('\n', errors.Take(40))}");
    }
}
