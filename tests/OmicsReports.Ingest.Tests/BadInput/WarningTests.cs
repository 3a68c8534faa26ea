using System.Text;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;
using OmicsReports.Ingest.Harmonizing;
using OmicsReports.Ingest.Pipeline;
using OmicsReports.Ingest.Tests.Support;

namespace OmicsReports.Ingest.Tests.BadInput;

/// <summary>Recoverable oddities: the import goes ahead and the case carries a located warning.</summary>
public class WarningTests
{
    private static readonly Harmonizer WithGenes = new(new GeneCatalog(
    [
        new GeneRecord("EGFR", "HGNC:3236", 1956, [], ["ERBB1"], "7p11.2"),
        new GeneRecord("KRAS", "HGNC:6407", 3845, [], [], "12p12.1"),
        new GeneRecord("BRAF", "HGNC:1097", 673, [], [], "7q34"),
        new GeneRecord("ERBB2", "HGNC:3430", 2064, [], ["HER2"], "17q12"),
        new GeneRecord("KMT2D", "HGNC:7133", 8085, ["MLL2"], [], "12q13.12"),
    ]));

    [Fact]
    public async Task UnknownGeneSymbol_WarnsAndKeepsTheVariant()
    {
        using var folder = new TempFolder();
        var maf = Fixtures.Maf.Replace("KRAS\tS1", "NOTAGENE1\tS1", StringComparison.Ordinal);

        var result = await Imports.RunAsync(WithGenes, new ImportOptions(), folder.Write("data.maf", maf));

        Assert.True(result.Succeeded);
        var s1 = result.Cases.Case("S1");
        Assert.Contains(s1.Variants, v => v.Gene == "NOTAGENE1");
        var warning = Assert.Single(s1.Warnings, w => w.Code == "unknown-gene");
        Assert.Equal((4, 1), (warning.Line, warning.Column));
    }

    [Fact]
    public async Task PreviousSymbolAndAlias_AreHarmonizedWithANote()
    {
        using var folder = new TempFolder();
        var fusions = "Tumor_Sample_Barcode\tFusion\nS1\tMLL2-intragenic\n";
        var maf = Fixtures.Maf.Replace("BRAF\tS2", "HER2\tS1", StringComparison.Ordinal);

        var result = await Imports.RunAsync(WithGenes, new ImportOptions(), folder.Write("fusions.txt", fusions), folder.Write("data.maf", maf));

        var s1 = Assert.Single(result.Cases);
        var sv = Assert.Single(s1.StructuralVariants);
        Assert.Equal("KMT2D", sv.GeneA);
        Assert.Contains(sv.Notes, n => n.ToString() == "gene reported as MLL2 (previous HGNC symbol)");
        var her2 = s1.Variants.Single(v => v.Gene == "ERBB2");
        Assert.Contains(her2.Notes, n => n.Original == "HER2" && n.Reason == "alias of the HGNC symbol");
    }

    [Fact]
    public async Task TumorTypeThatIsNotAnOncoTreeCode_WarnsAndStaysOpen()
    {
        using var folder = new TempFolder();

        var result = await Imports.RunAsync(folder.Write("clinical.txt", "SAMPLE_ID\tONCOTREE_CODE\nS1\tlung cancer\n"));

        var s1 = Assert.Single(result.Cases);
        Assert.Null(s1.TumorType);
        Assert.Equal((2, 2), (s1.Warnings.Single(w => w.Code == "unknown-tumor-type").Line, s1.Warnings.Single(w => w.Code == "unknown-tumor-type").Column));
    }

    [Theory]
    [InlineData(0xFC, "Müller", "Latin-1")]   // ü in Latin-1; '¸' in MacRoman
    [InlineData(0x9F, "Müller", "MacRoman")]  // ü in MacRoman; a control character in Latin-1
    public async Task LegacyEncodingReadUnambiguously_IsDecodedWithAWarning(byte umlaut, string expected, string encoding)
    {
        using var folder = new TempFolder();
        var bytes = Encoding.ASCII.GetBytes("SAMPLE_ID\tSAMPLE_TYPE\nS1\tM").Append(umlaut).Concat(Encoding.ASCII.GetBytes("ller\n")).ToArray();

        var result = await Imports.RunAsync(folder.WriteBytes("clinical.txt", bytes));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var s1 = Assert.Single(result.Cases);
        Assert.Equal(expected, s1.Specimen.SampleType);
        var warning = Assert.Single(s1.Warnings, w => w.Code == "decoded-legacy-encoding");
        Assert.Contains(encoding, warning.Message, StringComparison.Ordinal);
        Assert.Equal(2, warning.Line);
    }

    [Fact]
    public async Task SkipInvalid_ImportsValidRowsAndListsEachSkippedRow()
    {
        using var folder = new TempFolder();
        var maf = Fixtures.Maf.Replace("\t300\t", "\tdeep\t", StringComparison.Ordinal)
            .Replace("KRAS\tS1\tMissense_Mutation\tp.G12C\t180\t36", "KRAS\tS1\tMissense_Mutation\tp.G12C\t180", StringComparison.Ordinal);

        var result = await Imports.RunAsync(new ImportOptions { SkipInvalid = true }, folder.Write("data.maf", maf));

        Assert.True(result.Succeeded);
        Assert.Equal(["EGFR"], result.Cases.SelectMany(c => c.Variants).Select(v => v.Gene));
        Assert.Equal([4, 5], result.Warnings.Where(w => w.Code == "skipped-row").Select(w => w.Line));
        Assert.All(result.Cases, c => Assert.Equal(2, c.Warnings.Count(w => w.Code == "skipped-row")));
    }

    [Fact]
    public async Task SkipInvalid_StillRefusesAFileWithoutItsRequiredColumn()
    {
        using var folder = new TempFolder();
        folder.Write("study/meta_mutations.txt", "genetic_alteration_type: MUTATION_EXTENDED\ndatatype: MAF\ndata_filename: m.txt\n");
        folder.Write("study/m.txt", "Hugo_Symbol\tSample\nEGFR\tS1\n");

        var result = await Imports.RunAsync(new ImportOptions { SkipInvalid = true }, Path.Combine(folder.Path, "study"));

        Assert.Equal("missing-column", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task DuplicateMafRows_AreKeptOnce_AndConflictingReadSupportWarns()
    {
        using var folder = new TempFolder();
        var maf = Fixtures.Maf + "EGFR\tS1\tMissense_Mutation\tp.L858R\t200\t50\n" + "KRAS\tS1\tMissense_Mutation\tp.G12C\t180\t90\n";

        var s1 = (await Imports.CasesAsync(folder.Write("data.maf", maf))).Case("S1");

        Assert.Equal(2, s1.Variants.Count);
        Assert.Equal(0.2, s1.Variants.Single(v => v.Gene == "KRAS").Vaf);
        Assert.Equal(6, Assert.Single(s1.Warnings, w => w.Code == "duplicate-row").Line);
        var conflict = Assert.Single(s1.Warnings, w => w.Code == "conflicting-duplicate");
        Assert.Equal(7, conflict.Line);
        Assert.Contains("KRAS G12C", conflict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MafsOfTwoGenomeBuildsForOneSample_Warn()
    {
        var folder = OmicsReports.Testing.TestData.Terminated("oncokb_annotator");

        var cases = await Imports.CasesAsync(Path.Combine(folder, "example_maf.txt"), Path.Combine(folder, "example_maf_grch38.txt"));

        var warning = Assert.Single(cases.Case("TCGA-05-4417-01").Warnings, w => w.Code == "mixed-genome-builds");
        Assert.Contains("GRCh37, GRCh38", warning.Message, StringComparison.Ordinal);
    }
}
