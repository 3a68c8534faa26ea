using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;
using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Knowledge.Criteria;
using OmicsReports.Domain.Knowledge.Matching;
using static OmicsReports.Domain.Tests.Knowledge.Fixtures;

namespace OmicsReports.Domain.Tests.Knowledge;

public class CriterionEvaluatorTests
{
    private static readonly CriterionEvaluator Evaluator = new(Base().Oncogenic);

    private static readonly CodonCriterion KrasG12NotC = new() { Gene = "KRAS", Codons = [new CodonRange(12, 12)], ExcludedAlternates = ["C"] };

    private static readonly Criterion Exon19Deletion = new AnyOfCriterion
    {
        Parts =
        [
            new ExonCriterion { Gene = "EGFR", Exons = [19], Class = ConsequenceClass.InframeDeletion },
            new CodonCriterion { Gene = "EGFR", Codons = [new CodonRange(729, 761)], Class = ConsequenceClass.InframeDeletion },
        ],
    };

    private static Truth Evaluate(Criterion criterion, OmicsCase omicsCase) => Evaluator.Evaluate(criterion, new CaseIndex(omicsCase)).Truth;

    [Theory]
    [InlineData("G12C", Truth.False)]
    [InlineData("G12D", Truth.True)]
    [InlineData("G12V", Truth.True)]
    [InlineData("G13D", Truth.False)]
    public void Codons_KrasG12OtherThanG12C_DistinguishesG12C(string change, Truth expected)
    {
        var variant = Variant("KRAS", Substitution(change[..1], int.Parse(change[1..^1], System.Globalization.CultureInfo.InvariantCulture), change[^1..]));

        Assert.Equal(expected, Evaluate(KrasG12NotC, Case("LUAD", variant)));
    }

    public static TheoryData<string, ProteinChange?, int?, VariantConsequence, Truth> Exon19Forms => new()
    {
        { "deletion with exon", Range(ProteinChangeKind.Deletion, 746, 750, "E746_A750del"), 19, VariantConsequence.InframeDeletion, Truth.True },
        { "delins with exon", Range(ProteinChangeKind.DeletionInsertion, 747, 753, "L747_P753delinsS", "S"), 19, VariantConsequence.InframeDeletion, Truth.True },
        { "deletion without exon", Range(ProteinChangeKind.Deletion, 746, 750, "E746_A750del"), null, VariantConsequence.Other, Truth.True },
        { "delins without exon or consequence", Range(ProteinChangeKind.DeletionInsertion, 747, 750, "L747_A750delinsP", "P"), null, VariantConsequence.Other, Truth.True },
        { "missense in exon 19", Substitution("L", 747, "S"), 19, VariantConsequence.Missense, Truth.False },
        { "deletion outside exon 19", Range(ProteinChangeKind.Deletion, 770, 771, "D770_N771del"), 20, VariantConsequence.InframeDeletion, Truth.False },
    };

    [Theory]
    [MemberData(nameof(Exon19Forms))]
    public void Exon19Deletion_HgvsForms_MatchByExonOrCodonRange(string form, ProteinChange? protein, int? exon, VariantConsequence consequence, Truth expected)
    {
        var variant = Variant("EGFR", protein, consequence) with { Exon = exon };

        Assert.True(expected == Evaluate(Exon19Deletion, Case("LUAD", variant)), form);
    }

    [Theory]
    [InlineData(14, null, Truth.True)]
    [InlineData(null, 13, Truth.True)]
    [InlineData(null, 14, Truth.True)]
    [InlineData(null, 15, Truth.False)]
    [InlineData(16, null, Truth.False)]
    public void ExonSkipping_SpliceSiteAtExon14Boundaries_Matches(int? exon, int? intron, Truth expected)
    {
        var variant = Variant("MET", null, VariantConsequence.SpliceSite) with { Exon = exon, Intron = intron };

        Assert.Equal(expected, Evaluate(new ExonSkippingCriterion { Gene = "MET", Exon = 14 }, Case("LUAD", variant)));
    }

    [Fact]
    public void ExonSkipping_RnaJunctionOfExons13And15_Matches()
    {
        var junction = new StructuralVariant { GeneA = "MET", GeneB = "MET", ExonA = 13, ExonB = 15, Kind = StructuralVariantKind.Deletion, Source = At };

        Assert.Equal(Truth.True, Evaluate(new ExonSkippingCriterion { Gene = "MET", Exon = 14 }, Case("LUAD", junction)));
    }

    [Theory]
    [InlineData("EML4", "ALK", null, Truth.True)]
    [InlineData("ALK", "EML4", null, Truth.True)]
    [InlineData("ALK", "EML4", "EML4", Truth.True)]
    [InlineData("ALK", "KIF5B", "EML4", Truth.False)]
    [InlineData("ALK", "ALK", null, Truth.False)]
    public void Fusion_EitherColumnOrder_MatchesAnyOrNamedPartner(string geneA, string geneB, string? partner, Truth expected)
    {
        var fusion = new StructuralVariant { GeneA = geneA, GeneB = geneB, Source = At };

        Assert.Equal(expected, Evaluate(new FusionCriterion { Gene = "ALK", Partner = partner }, Case("LUAD", fusion)));
    }

    [Fact]
    public void Variant_GeneOutsidePanel_IsUnknownNotFalse()
    {
        var panel = Case("LUAD") with { Profiling = new Profiling([new LayerCoverage(Layer.SmallVariants, "p", new HashSet<string> { "KRAS" })]) };

        Assert.Equal(Truth.Unknown, Evaluate(new ProteinChangeCriterion { Gene = "EGFR", Changes = ["L858R"] }, panel));
        Assert.Equal(Truth.False, Evaluate(new ProteinChangeCriterion { Gene = "KRAS", Changes = ["G12C"] }, panel));
    }

    [Fact]
    public void NoneOf_UntestedGene_StaysUnknown_AndAssumingClearHolds()
    {
        var criterion = new NoneOfCriterion { Parts = [KrasG12NotC] };
        var untested = Case("COAD") with { Profiling = Profiling.None };
        var index = new CaseIndex(untested);

        Assert.Equal(Truth.Unknown, Evaluator.Evaluate(criterion, index).Truth);
        Assert.Equal(Truth.True, Evaluator.Evaluate(criterion, index, assumeExclusionsClear: true).Truth);
        Assert.Equal(Truth.True, Evaluate(criterion, Case("COAD")));
        Assert.Equal(Truth.False, Evaluate(criterion, Case("COAD", Variant("KRAS", Substitution("G", 12, "D")))));
    }

    [Fact]
    public void Origin_GermlineRequirement_IgnoresSomaticVariants()
    {
        var truncating = Variant("BRCA2", Range(ProteinChangeKind.Frameshift, 1982, 1982, "S1982fs"), VariantConsequence.FrameshiftDeletion);
        var germline = new OncogenicCriterion { Gene = "BRCA2", Origin = OriginRequirement.Germline };

        Assert.Equal(Truth.False, Evaluate(germline, Case("BRCA", truncating)));
        Assert.Equal(Truth.True, Evaluate(germline, Case("BRCA", truncating with { Origin = VariantOrigin.Germline })));
    }

    [Fact]
    public void Oncogenic_TruncatingInSuppressorOrListedHotspot_OnlyThese()
    {
        Assert.Equal(Truth.True, Evaluate(new OncogenicCriterion { Gene = "TP53" }, Case("LUAD", Variant("TP53", null, VariantConsequence.Nonsense))));
        Assert.Equal(Truth.False, Evaluate(new OncogenicCriterion { Gene = "TP53" }, Case("LUAD", Variant("TP53", Substitution("R", 175, "H")))));
        Assert.Equal(Truth.True, Evaluate(new OncogenicCriterion { Gene = "KRAS" }, Case("LUAD", Variant("KRAS", Substitution("G", 12, "V")))));
        Assert.Equal(Truth.False, Evaluate(new OncogenicCriterion { Gene = "KRAS" }, Case("LUAD", Variant("KRAS", null, VariantConsequence.Nonsense))));
    }

    [Theory]
    [InlineData("3+", IshResult.NotDone, Her2Status.Positive, Truth.True)]
    [InlineData("2+", IshResult.Amplified, Her2Status.Positive, Truth.True)]
    [InlineData("2+", IshResult.NotAmplified, Her2Status.Low, Truth.True)]
    [InlineData("2+", IshResult.NotDone, Her2Status.Positive, Truth.Unknown)]
    [InlineData("2+", IshResult.NotDone, Her2Status.Ihc3Plus, Truth.False)]
    [InlineData("1+", IshResult.NotDone, Her2Status.Low, Truth.True)]
    [InlineData("1+", IshResult.NotDone, Her2Status.Positive, Truth.False)]
    [InlineData("0", IshResult.NotDone, Her2Status.Zero, Truth.True)]
    [InlineData("3+", IshResult.NotDone, Her2Status.Ihc3Plus, Truth.True)]
    public void Her2_IhcAndIsh_FollowAscoCap(string ihc, IshResult ish, Her2Status status, Truth expected)
    {
        var marker = new ProteinMarker { Marker = "HER2", ScoringSystem = "IHC score", Category = ihc, Ish = ish, Source = At };

        Assert.Equal(expected, Evaluate(new Her2Criterion { Status = status }, Case("BRCA", marker)));
    }

    [Theory]
    [InlineData(0.0, Truth.True)]
    [InlineData(0.5, Truth.True)]
    [InlineData(1.0, Truth.False)]
    public void Pharmacogenomic_ActivityScoreRange_IsInclusive(double score, Truth expected)
    {
        var dpyd = new PharmacogenomicResult { Gene = "DPYD", Diplotype = "*2A/*2A", ActivityScore = score, Source = At };
        var criterion = new PharmacogenomicCriterion { Gene = "DPYD", ActivityAtLeast = 0, ActivityAtMost = 0.5 };

        Assert.Equal(expected, Evaluate(criterion, Case("COAD", dpyd)));
    }

    [Theory]
    [InlineData(10.0, Truth.True)]
    [InlineData(9.9, Truth.False)]
    public void Tmb_Threshold_IsInclusive(double tmb, Truth expected)
    {
        var finding = new TumorMutationalBurden { MutationsPerMegabase = tmb, Source = At };

        Assert.Equal(expected, Evaluate(new TmbCriterion { AtLeast = 10 }, Case("LUAD", finding)));
        Assert.Equal(Truth.Unknown, Evaluate(new TmbCriterion { AtLeast = 10 }, Case("LUAD")));
    }

    [Fact]
    public void Specificity_ExactChangeBeatsCodonBeatsExonBeatsGene()
    {
        var ordered = new[] { MatchSpecificity.Gene, MatchSpecificity.Exact, MatchSpecificity.ExonOrClass, MatchSpecificity.CodonRange }
            .Order(MatchSpecificityComparer.MostSpecificFirst).ToArray();

        Assert.Equal([MatchSpecificity.Exact, MatchSpecificity.CodonRange, MatchSpecificity.ExonOrClass, MatchSpecificity.Gene], ordered);
    }
}
