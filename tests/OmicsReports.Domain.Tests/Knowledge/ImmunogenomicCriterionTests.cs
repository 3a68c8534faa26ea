using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Knowledge.Criteria;
using OmicsReports.Domain.Knowledge.Matching;

namespace OmicsReports.Domain.Tests.Knowledge;

/// <summary>The criteria added in 2026.12: HRD, HLA, scored IHC markers on nested intensity scales, HER2-ultralow, copy loss.</summary>
public class ImmunogenomicCriterionTests
{
    private static readonly CriterionEvaluator Evaluator = new(Fixtures.Base().Oncogenic);

    private static CriterionResult Evaluate(Criterion criterion, params Finding[] findings) =>
        Evaluator.Evaluate(criterion, new CaseIndex(Fixtures.Case("OVT", findings)));

    private static HomologousRecombinationDeficiency Hrd(HrdStatus status, double? gis = null) =>
        new() { Status = status, Score = gis, ScoreKind = gis is null ? null : "GIS", Source = Fixtures.At };

    private static HlaGenotype HlaA(params string[] alleles) => new() { Gene = "HLA-A", Alleles = alleles, Source = Fixtures.At };

    private static ProteinMarker Stain(string marker, string scale, double value, ValueComparator comparator = ValueComparator.Exact) =>
        new() { Marker = marker, ScoringSystem = scale, Value = value, Comparator = comparator, Source = Fixtures.At };

    [Theory]
    [InlineData(HrdStatus.Positive, Truth.True)]
    [InlineData(HrdStatus.Negative, Truth.False)]
    [InlineData(HrdStatus.Indeterminate, Truth.Unknown)]
    [InlineData(HrdStatus.NotStated, Truth.Unknown)]
    public void Hrd_Status_IsTheLaboratorysCall(HrdStatus reported, Truth expected) =>
        Assert.Equal(expected, Evaluate(new HrdCriterion { Status = HrdStatus.Positive }, Hrd(reported, 50)).Truth);

    [Theory]
    [InlineData(42.0, Truth.True)]
    [InlineData(41.0, Truth.False)]
    public void Hrd_Score_IsInclusiveAtTheCutOff(double gis, Truth expected) =>
        Assert.Equal(expected, Evaluate(new HrdCriterion { ScoreKind = "GIS", AtLeast = 42 }, Hrd(HrdStatus.NotStated, gis)).Truth);

    [Fact]
    public void Hrd_ScoreMissing_NegativeCallAnswersButAPositiveCallDoesNot()
    {
        var criterion = new HrdCriterion { ScoreKind = "GIS", AtLeast = 42 };

        Assert.Equal(Truth.False, Evaluate(criterion, Hrd(HrdStatus.Negative)).Truth);
        Assert.Equal(Truth.Unknown, Evaluate(criterion, Hrd(HrdStatus.Positive)).Truth);
    }

    [Fact]
    public void Hrd_NotReported_IsUntestedNotNegative()
    {
        var result = Evaluate(new HrdCriterion { Status = HrdStatus.Positive });

        Assert.Equal(Truth.Unknown, result.Truth);
        Assert.Equal(Layer.Hrd, Assert.Single(result.Untested).Layer);
    }

    [Theory]
    [InlineData(new[] { "A*02:01", "A*03:01" }, Truth.True)]
    [InlineData(new[] { "A*24:02", "A*02:01:01:01" }, Truth.True)]
    [InlineData(new[] { "A*03:01", "A*24:02" }, Truth.False)]
    [InlineData(new[] { "A*02:06", "A*01:01" }, Truth.False)]
    [InlineData(new[] { "A*02", "A*01:01" }, Truth.Unknown)]
    [InlineData(new[] { "A*03", "A*01:01" }, Truth.False)]
    public void Hla_TwoFieldAllele_OnEitherChromosome(string[] alleles, Truth expected) =>
        Assert.Equal(expected, Evaluate(new HlaCriterion { Gene = "HLA-A", Allele = "A*02:01" }, HlaA(alleles)).Truth);

    [Fact]
    public void Hla_LocusNotTyped_IsUntested()
    {
        var other = new HlaGenotype { Gene = "HLA-B", Alleles = ["B*07:02", "B*07:02"], Source = Fixtures.At };

        var result = Evaluate(new HlaCriterion { Gene = "HLA-A", Allele = "A*02:01" }, other);

        Assert.Equal(Truth.Unknown, result.Truth);
        Assert.Equal(new Untested(Layer.Hla, "HLA-A"), Assert.Single(result.Untested));
    }

    [Theory]
    [InlineData("PS2+", 80, ValueComparator.Exact, Truth.True)]
    [InlineData("PS2+", 74, ValueComparator.Exact, Truth.False)]
    [InlineData("PS3+", 80, ValueComparator.Exact, Truth.True)]
    [InlineData("PS3+", 60, ValueComparator.Exact, Truth.Unknown)]
    [InlineData("PS3+", 80, ValueComparator.LessThan, Truth.Unknown)]
    [InlineData("unspecified", 90, ValueComparator.Exact, Truth.Unknown)]
    [InlineData("H-score", 250, ValueComparator.Exact, Truth.Unknown)]
    public void Ihc_ModerateOrStrongCutOff_ReadsNestedScales(string scale, double value, ValueComparator comparator, Truth expected)
    {
        var result = Evaluate(new IhcCriterion { Marker = "CLDN18.2", Score = "PS2+", AtLeast = 75 }, Stain("CLDN18.2", scale, value, comparator));

        Assert.Equal(expected, result.Truth);
    }

    [Theory]
    [InlineData("PS3+", 50, Truth.True)]
    [InlineData("PS2+", 90, Truth.Unknown)]
    [InlineData("PS2+", 40, Truth.False)]
    [InlineData("PS1+", 45, Truth.False)]
    public void Ihc_StrongCutOff_LooserScalesOnlyBoundFromAbove(string scale, double value, Truth expected) =>
        Assert.Equal(expected, Evaluate(new IhcCriterion { Marker = "c-Met", Score = "PS3+", AtLeast = 50 }, Stain("c-Met", scale, value)).Truth);

    [Theory]
    [InlineData("0 (ultralow)", Truth.True)]
    [InlineData("0 (null)", Truth.False)]
    [InlineData("0", Truth.Unknown)]
    [InlineData("1+", Truth.False)]
    public void Her2_Ultralow_NeedsTheMembraneStainingStated(string category, Truth expected)
    {
        var her2 = new ProteinMarker { Marker = "HER2", ScoringSystem = "IHC score", Value = category == "1+" ? 1 : 0, Category = category, Source = Fixtures.At };

        Assert.Equal(expected, Evaluate(new Her2Criterion { Status = Her2Status.Ultralow }, her2).Truth);
        Assert.Equal(category != "1+", Evaluate(new Her2Criterion { Status = Her2Status.Zero }, her2).Truth == Truth.True);
    }

    [Theory]
    [InlineData(CopyNumberCall.ShallowDeletion, CopyNumberEvent.Loss, Truth.True)]
    [InlineData(CopyNumberCall.DeepDeletion, CopyNumberEvent.Loss, Truth.True)]
    [InlineData(CopyNumberCall.Gain, CopyNumberEvent.Loss, Truth.False)]
    [InlineData(CopyNumberCall.ShallowDeletion, CopyNumberEvent.DeepDeletion, Truth.False)]
    public void CopyNumber_Loss_IncludesHeterozygousAndHomozygousLoss(CopyNumberCall call, CopyNumberEvent wanted, Truth expected)
    {
        var tp53 = new CopyNumberAlteration { Gene = "TP53", Call = call, Source = Fixtures.At };

        Assert.Equal(expected, Evaluate(new CopyNumberCriterion { Gene = "TP53", Event = wanted }, tp53).Truth);
    }
}
