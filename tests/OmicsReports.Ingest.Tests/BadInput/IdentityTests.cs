using OmicsReports.Ingest.Tests.Support;

namespace OmicsReports.Ingest.Tests.BadInput;

/// <summary>
/// Issue 12, finding 3: one sample belongs to one patient. Inputs that give a sample two patients (other id, MRN,
/// name or birth date) are refused with both places named, instead of merging two people into one report.
/// </summary>
public class IdentityTests
{
    private static string Bundle(string patient, string sample, string gene, string extra = "") =>
        $$"""
        {
          "format": "omicsreports-case-bundle", "version": 1,
          "patient": { "id": "{{patient}}"{{extra}} },
          "specimen": { "sampleId": "{{sample}}" },
          "variants": [ { "gene": "{{gene}}", "hgvsP": "p.V600E" } ]
        }
        """;

    public static TheoryData<string, string, string> Conflicts => new()
    {
        { "other patient id", "", "" },
        { "other MRN", """, "mrn": "MRN-1" """, """, "mrn": "MRN-2" """ },
        { "other name", """, "familyName": "Smith" """, """, "familyName": "Jones" """ },
        { "other birth date", """, "birthDate": "1960-01-01" """, """, "birthDate": "1961-02-02" """ },
    };

    [Theory]
    [MemberData(nameof(Conflicts))]
    public async Task TwoBundlesGivingOneSampleTwoPatients_AreRefusedNamingBoth(string label, string first, string second)
    {
        var secondPatient = label == "other patient id" ? "P-2" : "P-1";

        var error = await Imports.SingleErrorAsync(
            ("a.json", Bundle("P-1", "S-1", "BRAF", first)),
            ("b.json", Bundle(secondPatient, "S-1", "BRCA1", second)));

        Assert.Equal(("identity-conflict", 3), (error.Code, error.Line));
        Assert.EndsWith("b.json", error.File, StringComparison.Ordinal);
        Assert.Contains("a.json:3", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("MRN-1", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Smith", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClinicalRowsGivingOneSampleTwoPatients_AreRefused()
    {
        var error = await Imports.SingleErrorAsync(
            ("clinical.txt", "SAMPLE_ID\tPATIENT_ID\tONCOTREE_CODE\nS1\tP1\tLUAD\nS2\tP2\tCOAD\nS1\tP9\tLUAD\n"),
            ("data.maf", Fixtures.Maf));

        Assert.Equal(("identity-conflict", 4, 2), (error.Code, error.Line, error.Column));
        Assert.Contains("clinical.txt:2:2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BundleAndClinicalFileDisagreeingOnThePatient_AreRefused()
    {
        var error = await Imports.SingleErrorAsync(
            ("clinical.txt", "SAMPLE_ID\tPATIENT_ID\tONCOTREE_CODE\nS-1\tP-1\tLUAD\n"),
            ("b.json", Bundle("P-7", "S-1", "EGFR")));

        Assert.Equal("identity-conflict", error.Code);
    }

    [Fact]
    public async Task OnePatientWithTwoSamples_StaysTwoCasesOfOnePatient()
    {
        var cases = await ImportTwoAsync(Bundle("P-1", "S-1", "BRAF", """, "mrn": "M" """), Bundle("P-1", "S-2", "KRAS", """, "mrn": "M" """));

        Assert.Equal(2, cases.Count);
        Assert.All(cases, c => Assert.Equal(("P-1", "M"), (c.Patient.Id, c.Patient.Mrn)));
    }

    private static async Task<IReadOnlyList<Domain.Cases.OmicsCase>> ImportTwoAsync(string a, string b)
    {
        using var folder = new TempFolder();
        var result = await Imports.RunAsync(folder.Write("a.json", a), folder.Write("b.json", b));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result.Cases;
    }
}
