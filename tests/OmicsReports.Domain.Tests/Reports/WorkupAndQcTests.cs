using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Knowledge.Criteria;
using OmicsReports.Domain.Reports;
using OmicsReports.Domain.Reports.Distillation;
using static OmicsReports.Domain.Tests.Knowledge.Fixtures;

namespace OmicsReports.Domain.Tests.Reports;

public class WorkupAndQcTests
{
    private static readonly TumorTypeStandard Nsclc = new()
    {
        TumorType = "NSCLC",
        Biomarkers = [new StandardBiomarker(Layer.SmallVariants, "EGFR"), new StandardBiomarker(Layer.SmallVariants, "KRAS"), new StandardBiomarker(Layer.StructuralVariants, "ALK")],
        Tests =
        [
            new TestRecommendation { Test = "Fusion panel", Reason = "ALK", Layer = Layer.StructuralVariants, Genes = ["ALK"] },
            new TestRecommendation { Test = "PD-L1 IHC", Reason = "immunotherapy", Layer = Layer.Protein, Marker = "PD-L1" },
        ],
        References = [],
        LastReviewed = new DateOnly(2026, 11, 21),
    };

    private static readonly Criterion RasMutant = new CodonCriterion { Gene = "KRAS", Codons = [new CodonRange(12, 13)] };

    private static readonly KnowledgeBase Kb = Base(
        Rule("HER2-RAS-WT", new AllOfCriterion
        {
            Parts = [new CopyNumberCriterion { Gene = "ERBB2", Event = CopyNumberEvent.Amplification }, new NoneOfCriterion { Parts = [RasMutant] }],
        }, ["COADREAD"], [["tucatinib", "trastuzumab"]])) with { Standards = [Nsclc] };

    private static readonly ReportDistiller Distiller = new(Kb, Tree);

    [Fact]
    public void PertinentNegatives_OnlyGenesProfiledInTheLayer()
    {
        var panel = Case("LUAD") with { Profiling = new Profiling([new LayerCoverage(Layer.SmallVariants, "p", new HashSet<string> { "KRAS" })]) };

        var report = Distiller.Distill(panel);

        Assert.Equal([new PertinentNegative("KRAS", "SmallVariants", "no variant detected")], report.PertinentNegatives);
        Assert.Contains(report.RecommendedTests, t => t.Test == "Fusion panel");
        Assert.Contains(report.RecommendedTests, t => t.Test == "PD-L1 IHC");
    }

    [Fact]
    public void RecommendedTests_ExclusionNotTested_AsksForItInsteadOfAsserting()
    {
        var amplified = new CopyNumberAlteration { Gene = "ERBB2", Call = CopyNumberCall.Amplification, Source = At };
        var noDna = Case("COAD", amplified) with { Profiling = new Profiling([new LayerCoverage(Layer.CopyNumber, null, null)]) };

        var report = Distiller.Distill(noDna);

        Assert.Empty(report.Implications);
        var test = Assert.Single(report.RecommendedTests);
        Assert.Contains("KRAS (DNA)", test.Test, StringComparison.Ordinal);
        Assert.Contains("HER2-RAS-WT", test.Reason, StringComparison.Ordinal);
        Assert.Single(Distiller.Distill(noDna with { Profiling = Everything }).Implications);
    }

    [Theory]
    [InlineData(0.15, 500.0, "low-purity")]
    [InlineData(0.60, 100.0, "low-coverage")]
    public void Qc_SpecimenBelowPolicy_IsFlagged(double purity, double coverage, string code)
    {
        var omicsCase = Case("LUAD") with { Specimen = new Specimen { SampleId = "S", TumorPurity = purity, MeanCoverage = coverage } };

        Assert.Contains(Distiller.Distill(omicsCase).QcFindings, q => q.Code == code && q.Severity == QcSeverity.Warning);
    }

    [Fact]
    public void Qc_UnannotatedVariantsAndImportWarnings_AreReported()
    {
        var omicsCase = Case("LUAD", new SmallVariant { Chromosome = "7", Position = 1, Reference = "A", Alternate = "T", Source = At }) with
        {
            Warnings = [ImportProblem.Warning("unknown-gene", "x.maf", 3, 1, "Gene FOO is unknown.")],
        };

        var codes = Distiller.Distill(omicsCase).QcFindings.Select(q => q.Code).ToArray();

        Assert.Contains("unannotated-variants", codes);
        Assert.Contains("import-warning", codes);
    }

    [Fact]
    public void KeyBiomarkers_Absent_AreStatedAsNotTested()
    {
        var report = Distiller.Distill(Case("LUAD", new TumorMutationalBurden { MutationsPerMegabase = 12, Source = At }));

        Assert.Equal(["TMB", "MSI", "PD-L1", "HER2"], report.KeyBiomarkers.Select(k => k.Name));
        Assert.True(report.KeyBiomarkers[0].Tested);
        Assert.All(report.KeyBiomarkers.Skip(1), k => Assert.Equal("not tested", k.Value));
    }
}
