using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Tests.Support;

namespace OmicsReports.Ingest.Tests.Formats;

/// <summary>oncokb-annotator's example inputs: a folder of loose files whose kinds come from their headers.</summary>
public class LooseFolderTests
{
    private static string Folder => OmicsReports.Testing.TestData.Terminated("oncokb_annotator");

    [Fact]
    public async Task OncokbFolder_EveryClinicalSampleBecomesACase()
    {
        var result = await Imports.RunAsync(Folder);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(9, result.Cases.Count);
        Assert.Equal("LUAD", result.Cases.Case("TCGA-05-4417-01").TumorType?.Code);
        Assert.Equal("MEL", result.Cases.Case("TCGA-A6-2672-01A-01W-0833-10").TumorType?.Code);
    }

    [Fact]
    public async Task OncokbFolder_RetiredOncoTreeCodeIsMappedWithAWarning()
    {
        var result = await Imports.RunAsync(Folder);
        var glioma = result.Cases.Case("TCGA-06-0155-01");

        Assert.Equal("GB", glioma.TumorType?.Code);
        var warning = Assert.Single(glioma.Warnings, w => w.Code == "retired-code");
        Assert.Equal((4, 2), (warning.Line, warning.Column));
        Assert.Contains("reported as GBM", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OncokbFolder_FileKindsDetectedFromHeaders()
    {
        var result = await Imports.RunAsync(Folder);
        var luad = result.Cases.Case("TCGA-05-4417-01");

        var formats = luad.Sources.ToDictionary(s => Path.GetFileName(s.Name), s => s.Format);
        Assert.Equal("clinical", formats["example_clinical.txt"]);
        Assert.Equal("maf", formats["example_maf.txt"]);
        Assert.Equal("cna-discrete", formats["example_cna.txt"]);
        Assert.Equal("cna-discrete-long", formats["example_individual_cna.txt"]);
        Assert.Equal("fusion-list", formats["example_fusions.txt"]);
        Assert.Equal("fusion-list", formats["example_sv.txt"]);
    }

    [Fact]
    public async Task OncokbFolder_MafRowsWithoutPrefixOrCoordinatesAreRead()
    {
        var cases = await Imports.CasesAsync(Path.Combine(Folder, "example_clinical.txt"), Path.Combine(Folder, "example_maf.txt"));
        var luad = cases.Case("TCGA-05-4417-01");

        Assert.Equal(9, luad.Variants.Count);
        Assert.Contains(luad.Variants, v => v.Gene == "EGFR" && v.Protein?.ShortForm == "T790M" && v.Position is null);
        Assert.Equal(2, luad.Variants.Count(v => v.Gene == "KRAS" && v.Protein?.ShortForm == "G12C"));
        var tert = luad.Variants.Single(v => v.Gene == "TERT");
        Assert.Null(tert.Protein);
        Assert.Equal(VariantConsequence.Upstream, tert.Consequence);
    }

    [Fact]
    public async Task OncokbCna_ConflictingDuplicateRowsWarnAndKeepTheFirst()
    {
        var cases = await Imports.CasesAsync(Path.Combine(Folder, "example_clinical.txt"), Path.Combine(Folder, "example_cna.txt"));
        var luad = cases.Case("TCGA-05-4417-01");

        Assert.Equal(CopyNumberCall.DeepDeletion, luad.CopyNumbers.Single(c => c.Gene == "CDK4").Call);
        var warning = Assert.Single(luad.Warnings, w => w.Code == "conflicting-duplicate");
        Assert.Equal(5, warning.Line);
        Assert.Contains("CDK4", warning.Message, StringComparison.Ordinal);
        Assert.Equal(TestStatus.Tested, luad.Profiling.StatusOf(Layer.CopyNumber, "MET"));
        Assert.Equal(TestStatus.NotTested, luad.Profiling.StatusOf(Layer.CopyNumber, "EGFR"));
    }

    [Fact]
    public async Task OncokbFusions_FreeTextNamesSplitIntoPartners()
    {
        var cases = await Imports.CasesAsync(Path.Combine(Folder, "example_clinical.txt"), Path.Combine(Folder, "example_fusions.txt"));

        var all = cases.Case("TCGA-02-0033-01").StructuralVariants;
        Assert.Contains(all, s => s.GeneA == "ETV6" && s.GeneB == "RUNX1" && s.Kind == StructuralVariantKind.Fusion);
        var intragenic = Assert.Single(all, s => s.GeneA == "KMT2D");
        Assert.Null(intragenic.GeneB);
        Assert.Contains(intragenic.Notes, n => n.ToString() == "gene reported as MLL2 (previous HGNC symbol)");
        Assert.Contains(cases.Case("TCGA-05-4417-01").StructuralVariants, s => s.GeneA == "ALK" && s.GeneB == "EML4" && !s.OrderIsFivePrimeToThreePrime);
    }
}
