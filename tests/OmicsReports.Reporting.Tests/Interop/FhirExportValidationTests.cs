using OmicsReports.Reporting.Fhir;

namespace OmicsReports.Reporting.Tests.Interop;

/// <summary>
/// Every exported bundle validates offline with the Firely validator, against base R4 and against the Genomics
/// Reporting IG's own StructureDefinitions: zero errors, for the demo patients in every status (bundles over
/// <see cref="WholeBundleEntryLimit"/> entries whole in one status, entry by entry in the others). One pass of the IG
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
        var errors = bundle.Entry.Count <= WholeBundleEntryLimit || status == "amended"
            ? FhirValidation.IgErrors(bundle)
            : [.. bundle.Entry.Select(e => e.Resource!).SelectMany(r => FhirValidation.IgErrors(r).Select(error => $"{r.TypeName}/{r.Id}: {error}"))];
        Assert.True(errors.Count == 0, $"{sample} ({status}): {errors.Count} errors\n{string.Join('\n', errors.Take(40))}");
        Assert.True(bundle.Entry.Count > 5, "the bundle holds patient, specimen, results and report");
    }

    /// <summary>
    /// Bundles up to this many entries are validated whole in every status. A larger one (the 500-variant demo) is
    /// validated whole once, amended (signed PDF, amendment and all), and entry by entry in the other statuses: the
    /// validator checks a whole bundle two to four times more slowly than its entries, since it resolves every
    /// reference across them (16 to 32 s for the 500-variant bundle on a quiet machine, up to 130 s in the full suite), while the envelope and references
    /// of every status come from the same code that the smaller bundles exercise whole.
    /// </summary>
    internal const int WholeBundleEntryLimit = 200;

    internal static readonly byte[] MinimalPdfBytes = "%PDF-1.4\n%test\n"u8.ToArray();
}
