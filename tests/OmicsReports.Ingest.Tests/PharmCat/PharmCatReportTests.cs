using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Tests.Support;

namespace OmicsReports.Ingest.Tests.PharmCat;

/// <summary>PharmCAT's two example report.json files.</summary>
public class PharmCatReportTests
{
    private static async Task<OmicsCase> ImportAsync(string name) =>
        Assert.Single(await Imports.CasesAsync(Imports.Corpus("pharmcat", name)));

    [Fact]
    public async Task Example2_Cyp2c19IsStarTwoStarTwoPoorMetabolizer()
    {
        var sample = await ImportAsync("pharmcat.example2.report.json");

        Assert.Equal(23, sample.Pharmacogenomics.Count);
        var cyp2c19 = sample.Pharmacogenomics.Single(p => p.Gene == "CYP2C19");
        Assert.Equal(("*2/*2", "Poor Metabolizer", true), (cyp2c19.Diplotype, cyp2c19.Phenotype, cyp2c19.Called));
        Assert.Equal(2700, cyp2c19.Source.Line);
        Assert.Equal(("*1/*6", "Intermediate Metabolizer"), (sample.Pharmacogenomics.Single(p => p.Gene == "CYP2B6").Diplotype, sample.Pharmacogenomics.Single(p => p.Gene == "CYP2B6").Phenotype));
    }

    [Fact]
    public async Task Example2_RecommendationsAreTheSourcesTextWithoutHtml()
    {
        var sample = await ImportAsync("pharmcat.example2.report.json");

        var texts = sample.Pharmacogenomics.Single(p => p.Gene == "CYP2C19").SourceRecommendations;
        var clopidogrel = Assert.Single(texts, t => t.StartsWith("CPIC Guideline Annotation, clopidogrel (Strong; CVI ACS PCI):", StringComparison.Ordinal));
        Assert.Contains("Avoid clopidogrel if possible. Use prasugrel or ticagrelor at standard dose if no contraindication. Other Considerations: For cardiovascular", clopidogrel, StringComparison.Ordinal);
        Assert.All(sample.Pharmacogenomics.SelectMany(p => p.SourceRecommendations), t =>
        {
            Assert.DoesNotMatch(@"<\s*/?\s*[a-zA-Z][^>]*>", t); // "age < 65" is text; "<li>" would be markup
            Assert.DoesNotContain('\n', t);
        });
        Assert.Contains(texts, t => t.StartsWith("DPWG Guideline Annotation, ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Example2_GenesPharmCatCouldNotCallAreNotCalledNeverNormal()
    {
        var sample = await ImportAsync("pharmcat.example2.report.json");

        foreach (var gene in new[] { "CYP2D6", "HLA-A", "HLA-B", "MT-RNR1" })
        {
            var result = sample.Pharmacogenomics.Single(p => p.Gene == gene);
            Assert.False(result.Called, gene);
            Assert.Null(result.Phenotype);
            Assert.Null(result.ActivityScore);
            Assert.Equal(TestStatus.Tested, sample.Profiling.StatusOf(Layer.Pharmacogenomics, gene));
        }

        Assert.Equal("Unknown/Unknown", sample.Pharmacogenomics.Single(p => p.Gene == "CYP2D6").Diplotype);
    }

    [Fact]
    public async Task Example1_OutsideCallsActivityScoresAndNonStandardPhenotypes()
    {
        var sample = await ImportAsync("pharmcat.example.report.json");

        var cyp2d6 = sample.Pharmacogenomics.Single(p => p.Gene == "CYP2D6");
        Assert.Equal(("*1/*3", "Intermediate Metabolizer", 1.0), (cyp2d6.Diplotype, cyp2d6.Phenotype, cyp2d6.ActivityScore!.Value));
        Assert.Equal(2.0, sample.Pharmacogenomics.Single(p => p.Gene == "CYP2C9").ActivityScore);
        Assert.Equal("*15:02 positive; *57:01 positive; *58:01 negative", sample.Pharmacogenomics.Single(p => p.Gene == "HLA-B").Phenotype);
        var ifnl3 = sample.Pharmacogenomics.Single(p => p.Gene == "IFNL3");
        Assert.True(ifnl3.Called);
        Assert.Null(ifnl3.Phenotype); // "n/a": a called genotype without a phenotype
        Assert.Equal("Normal", sample.Pharmacogenomics.Single(p => p.Gene == "G6PD").Phenotype);
        Assert.False(sample.Pharmacogenomics.Single(p => p.Gene == "HLA-A").Called);
        var warning = Assert.Single(sample.Warnings, w => w.Code == "nonstandard-phenotype");
        Assert.Contains("HLA-B '*57:01 positive'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("VKORC1 '-1639 GG'", warning.Message, StringComparison.Ordinal);
        Assert.Equal(TestStatus.NotTested, sample.Profiling.StatusOf(Layer.Pharmacogenomics, "EGFR"));
    }
}
