using OmicsReports.Reporting.Fhir;

namespace OmicsReports.Reporting.Tests.Interop;

/// <summary>
/// Every exported bundle validates offline with the Firely validator, against base R4 and against the Genomics
/// Reporting IG's own StructureDefinitions: zero errors, for the demo patients in every status. One pass of the IG
/// validator covers both, since it checks every resource against the base definition of its type as well as against
/// the profiles the resource declares (shown by <see cref="FhirValidatorControlTests"/>).
/// </summary>
public class FhirExportValidationTests
{
    public static TheoryData<string, string> DemoVersions()
    {
        var data = new TheoryData<string, string>();
        foreach (var sample in new[] { "DEMO-S1-MEL", "DEMO-S2-CRC", "DEMO-S3-LUNG", "DEMO-S4-BRCA", "DEMO-S5-THY", "DEMO-S6-UEC", "DEMO-S7-UNK" })
        {
            foreach (var status in new[] { "draft", "final", "amended" })
            {
                data.Add(sample, status);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DemoVersions))]
    public async Task DemoReport_EveryStatus_ValidatesAgainstBaseR4AndTheIgProfiles(string sample, string status)
    {
        var omicsCase = (await InteropCases.DemoCasesAsync()).Single(c => c.Specimen.SampleId == sample);
        var request = InteropCases.Request(omicsCase, signed: status != "draft", amendmentReason: status == "amended" ? "Tumour type corrected" : null);

        var bundle = FhirReportWriter.Build(request, new() { Genes = InteropCases.Knowledge.Genes, SignedPdf = status == "draft" ? null : MinimalPdfBytes });

        // The IG validator checks each resource against its type's base definition too (FhirValidatorControlTests).
        var errors = FhirValidation.IgErrors(bundle);
        Assert.True(errors.Count == 0, $"{sample} ({status}): {errors.Count} errors\n{string.Join('\n', errors.Take(40))}");
        Assert.True(bundle.Entry.Count > 5, "the bundle holds patient, specimen, results and report");
    }

    internal static readonly byte[] MinimalPdfBytes = "%PDF-1.4\n%test\n"u8.ToArray();
}
