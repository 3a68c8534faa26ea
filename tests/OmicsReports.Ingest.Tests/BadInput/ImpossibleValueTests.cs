using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Tests.Support;

namespace OmicsReports.Ingest.Tests.BadInput;

/// <summary>
/// Issue 12, findings 5 and 6: every impossible value gets a located error (or, where the finding stays usable, a
/// warning), and a null or wrong-typed bundle element is a schema error instead of a crash. Which is which is in
/// docs/formats.md, "Impossible values".
/// </summary>
public class ImpossibleValueTests
{
    /// <summary>A valid one-variant bundle; each case below replaces one fragment of it.</summary>
    private const string Bundle = """
        {
          "format": "omicsreports-case-bundle",
          "version": 1,
          "patient": { "id": "P-1", "age": 61, "birthDate": "1965-04-01" },
          "specimen": { "sampleId": "S-1" },
          "variants": [
            { "gene": "BRAF", "chromosome": "7", "position": 140453136, "reference": "A", "alternate": "T",
              "hgvsP": "p.V600E", "consequence": "missense_variant", "vaf": 0.3, "depth": 100, "altReads": 30 }
          ],
          "tmb": { "value": 4.2, "unit": "mut/Mb" },
          "msi": { "status": "MSS", "score": 1.3 },
          "proteins": [ { "marker": "PD-L1", "scoringSystem": "TPS", "value": 60 } ],
          "copyNumbers": [ { "gene": "CDKN2A", "call": "deep-deletion" } ]
        }
        """;

    public static TheoryData<string, string, string, string> BundleErrors => new()
    {
        { "negative read count", "\"altReads\": 30", "\"altReads\": -5", "schema" },
        { "VAF above 1", "\"vaf\": 0.3", "\"vaf\": 1.03", "schema" },
        { "alt reads above depth", "\"altReads\": 30", "\"altReads\": 160", "out-of-range" },
        { "TMB -1", "\"value\": 4.2", "\"value\": -1", "schema" },
        { "MSI score -0.5", "\"score\": 1.3", "\"score\": -0.5", "schema" },
        { "age -5", "\"age\": 61", "\"age\": -5", "schema" },
        { "age 200", "\"age\": 61", "\"age\": 200", "schema" },
        { "birth date in 2999", "1965-04-01", "2999-04-01", "schema" },
        { "PD-L1 TPS 600", "\"value\": 60", "\"value\": 600", "out-of-range" },
        { "chromosome 99", "\"chromosome\": \"7\"", "\"chromosome\": \"99\"", "bad-chromosome" },
        { "reference XYZ", "\"reference\": \"A\"", "\"reference\": \"XYZ\"", "schema" },
        { "unit furlongs", "\"unit\": \"mut/Mb\"", "\"unit\": \"furlongs\"", "schema" },
        { "empty gene", "\"gene\": \"BRAF\"", "\"gene\": \"\"", "schema" },
        { "null gene", "\"gene\": \"CDKN2A\"", "\"gene\": null", "schema" },
        { "empty patient id", "\"id\": \"P-1\"", "\"id\": \"\"", "schema" },
        { "blank sample id", "\"sampleId\": \"S-1\"", "\"sampleId\": \"  \"", "schema" },
        { "variant null", "\"variants\": [", "\"variants\": [ null, ", "schema" },
        { "wrong type", "\"depth\": 100", "\"depth\": \"deep\"", "schema" },
        { "duplicated key", "\"depth\": 100", "\"depth\": 100, \"depth\": 10", "duplicate-key" },
    };

    [Theory]
    [MemberData(nameof(BundleErrors))]
    public async Task ImpossibleBundleValue_IsALocatedError(string label, string valid, string impossible, string code)
    {
        Assert.Contains(valid, Bundle, StringComparison.Ordinal);

        var error = await Imports.SingleErrorAsync(("bundle.json", Bundle.Replace(valid, impossible, StringComparison.Ordinal)));

        Assert.True(error.Code == code, $"{label}: {error}");
        Assert.True(error.Line > 1, $"{label}: {error}");
        Assert.NotNull(error.Column);
    }

    [Fact]
    public async Task ValidBundle_Imports()
    {
        using var folder = new TempFolder();
        var result = await Imports.RunAsync(folder.Write("bundle.json", Bundle));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
    }

    [Fact]
    public async Task UnknownConsequence_IsALocatedWarning()
    {
        using var folder = new TempFolder();
        var result = await Imports.RunAsync(folder.Write("bundle.json", Bundle.Replace("missense_variant", "not_a_term", StringComparison.Ordinal)));

        var warning = Assert.Single(result.Cases.Single().Warnings, w => w.Code == "unknown-consequence");
        Assert.Equal(8, warning.Line);
    }

    public static TheoryData<string, string, string, string> MafErrors => new()
    {
        { "negative alt count", "\t200\t50\n", "\t200\t-5\n", "out-of-range" },
        { "NaN depth", "\t200\t50\n", "\tNaN\t50\n", "not-a-number" },
        { "NaN position", "\t55259515\t", "\tNaN\t", "not-a-number" },
        { "negative position", "\t55259515\t", "\t-3\t", "out-of-range" },
        { "alt reads above depth", "\t200\t50\n", "\t200\t500\n", "out-of-range" },
        { "chromosome 99", "\n7\t55259515", "\n99\t55259515", "bad-chromosome" },
        { "reference XYZ", "\tT\tG\tEGFR", "\tXYZ\tG\tEGFR", "bad-allele" },
        { "duplicated read-count column", "t_depth\tt_alt_count\n", "t_depth\tt_depth\n", "duplicate-column" },
        { "empty sample id", "\tS1\tMissense", "\t\tMissense", "missing-value" },
    };

    private const string Maf =
        "Chromosome\tStart_Position\tReference_Allele\tTumor_Seq_Allele2\tHugo_Symbol\tTumor_Sample_Barcode\tVariant_Classification\tHGVSp_Short\tt_depth\tt_alt_count\n" +
        "7\t55259515\tT\tG\tEGFR\tS1\tMissense_Mutation\tp.L858R\t200\t50\n";

    [Theory]
    [MemberData(nameof(MafErrors))]
    public async Task ImpossibleMafValue_IsALocatedError(string label, string valid, string impossible, string code)
    {
        Assert.Contains(valid, Maf, StringComparison.Ordinal);

        var error = await Imports.SingleErrorAsync(("data.maf", Maf.Replace(valid, impossible, StringComparison.Ordinal)));

        Assert.True(error.Code == code, $"{label}: {error}");
        Assert.True(error.Line >= 1, $"{label}: {error}");
    }

    public static TheoryData<string, string, string> ClinicalErrors => new()
    {
        { "age -5", "AGE", "-5" },
        { "age 200", "AGE", "200" },
        { "TMB -1", "TMB_NONSYNONYMOUS", "-1" },
        { "MSI score -0.5", "MSI_SCORE", "-0.5" },
    };

    [Theory]
    [MemberData(nameof(ClinicalErrors))]
    public async Task ImpossibleClinicalValue_IsALocatedError(string label, string column, string value)
    {
        var clinical = $"SAMPLE_ID\tPATIENT_ID\tONCOTREE_CODE\tMSI_TYPE\t{column}\nS1\tP1\tLUAD\tStable\t{value}\nS2\tP2\tCOAD\tStable\t\n";

        using var folder = new TempFolder();
        var result = await Imports.RunAsync(folder.Write("clinical.txt", clinical), folder.Write("data.maf", Fixtures.Maf));

        Assert.Empty(result.Cases);
        var error = result.Errors.First(e => e.File.EndsWith("clinical.txt", StringComparison.Ordinal));
        Assert.True(error.Code == "out-of-range", $"{label}: {error}");
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public async Task SkipInvalid_DropsTheImpossibleRowAndListsIt()
    {
        using var folder = new TempFolder();
        var maf = Maf + "7\t140453136\tA\tT\tBRAF\tS1\tMissense_Mutation\tp.V600E\t100\t-1\n";

        var result = await Imports.RunAsync(new OmicsReports.Ingest.Pipeline.ImportOptions { SkipInvalid = true }, folder.Write("data.maf", maf));

        var single = Assert.Single(result.Cases);
        Assert.Equal("EGFR", Assert.Single(single.Variants).Gene);
        Assert.Contains(result.Warnings, w => w is { Code: "skipped-row", Line: 3 });
    }
}
