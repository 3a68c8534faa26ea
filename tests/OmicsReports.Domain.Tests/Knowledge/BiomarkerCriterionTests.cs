using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Knowledge.Criteria;
using OmicsReports.Domain.Knowledge.Matching;

namespace OmicsReports.Domain.Tests.Knowledge;

public class IhcRangeTests
{
    [Theory]
    [InlineData(60, ValueComparator.Exact, 50, null, Truth.True)]
    [InlineData(49, ValueComparator.Exact, 50, null, Truth.False)]
    [InlineData(50, ValueComparator.GreaterThanOrEqual, 50, null, Truth.True)]
    [InlineData(1, ValueComparator.LessThan, 1, null, Truth.False)]
    [InlineData(50, ValueComparator.LessThan, 1, null, Truth.Unknown)]
    [InlineData(50, ValueComparator.LessThan, 1, 50.0, Truth.Unknown)]
    [InlineData(49, ValueComparator.LessThanOrEqual, 50, null, Truth.False)]
    [InlineData(20, ValueComparator.Exact, 1, 50.0, Truth.True)]
    [InlineData(50, ValueComparator.Exact, 1, 50.0, Truth.False)]
    [InlineData(50, ValueComparator.GreaterThanOrEqual, 1, 50.0, Truth.False)]
    public void Compare_BoundsAgainstRange_AreDecidedOnlyWhenTheWholeIntervalFits(
        double value, ValueComparator comparator, double atLeast, double? below, Truth expected)
    {
        var marker = new ProteinMarker { Marker = "PD-L1", ScoringSystem = "TPS", Value = value, Comparator = comparator, Source = Fixtures.At };

        Assert.Equal(expected, IhcRange.Compare(marker, atLeast, below));
    }
}

public class BiomarkerCriterionTests
{
    private static readonly CriterionEvaluator Evaluator = new(Fixtures.Base().Oncogenic);

    private static Truth Evaluate(Criterion criterion, OmicsCase omicsCase) => Evaluator.Evaluate(criterion, new CaseIndex(omicsCase)).Truth;

    [Theory]
    [InlineData(12.0, Truth.True)]
    [InlineData(9.0, Truth.False)]
    public void Ihc_CombinedPositiveScore_ThresholdAppliesToCpsOnly(double cps, Truth expected)
    {
        var marker = new ProteinMarker { Marker = "PD-L1", ScoringSystem = "CPS", Value = cps, AntibodyClone = "22C3", Source = Fixtures.At };
        var tps = new ProteinMarker { Marker = "PD-L1", ScoringSystem = "TPS", Value = 80, Source = Fixtures.At };

        Assert.Equal(expected, Evaluate(new IhcCriterion { Marker = "PD-L1", Score = "CPS", AtLeast = 10 }, Fixtures.Case("BRCA", marker, tps)));
    }

    [Fact]
    public void Ihc_OtherAntibodyClone_DoesNotCount()
    {
        var sp263 = new ProteinMarker { Marker = "PD-L1", ScoringSystem = "TPS", Value = 80, AntibodyClone = "SP263", Source = Fixtures.At };

        Assert.Equal(Truth.Unknown, Evaluate(new IhcCriterion { Marker = "PD-L1", Score = "TPS", AtLeast = 1, AntibodyClone = "22C3" }, Fixtures.Case("LUAD", sp263)));
    }

    [Theory]
    [InlineData(2.5, Truth.True)]
    [InlineData(1.9, Truth.False)]
    public void Expression_ZScoreThreshold(double z, Truth expected)
    {
        var value = new ExpressionValue { Gene = "ERBB2", ZScore = z, Source = Fixtures.At };

        Assert.Equal(expected, Evaluate(new ExpressionCriterion { Gene = "ERBB2", AtLeast = 2 }, Fixtures.Case("BRCA", value)));
        Assert.Equal(Truth.Unknown, Evaluate(new ExpressionCriterion { Gene = "ERBB2", AtLeast = 2 }, Fixtures.Case("BRCA")));
    }

    [Theory]
    [InlineData(CopyNumberCall.Amplification, CopyNumberEvent.Amplification, Truth.True)]
    [InlineData(CopyNumberCall.Gain, CopyNumberEvent.Amplification, Truth.False)]
    [InlineData(CopyNumberCall.DeepDeletion, CopyNumberEvent.DeepDeletion, Truth.True)]
    [InlineData(CopyNumberCall.ShallowDeletion, CopyNumberEvent.DeepDeletion, Truth.False)]
    public void CopyNumber_OnlyHighLevelEventsCount(CopyNumberCall call, CopyNumberEvent wanted, Truth expected)
    {
        var cna = new CopyNumberAlteration { Gene = "ERBB2", Call = call, Source = Fixtures.At };

        Assert.Equal(expected, Evaluate(new CopyNumberCriterion { Gene = "ERBB2", Event = wanted }, Fixtures.Case("BRCA", cna)));
    }

    [Theory]
    [InlineData("lost", Truth.True)]
    [InlineData("retained", Truth.False)]
    public void Mmr_LossOfAnyMmrProtein_IsDeficient(string category, Truth expected)
    {
        var msh6 = new ProteinMarker { Marker = "MSH6", ScoringSystem = "IHC", Category = category, Source = Fixtures.At };

        Assert.Equal(expected, Evaluate(new MmrCriterion(), Fixtures.Case("UCEC", msh6)));
        Assert.Equal(Truth.Unknown, Evaluate(new MmrCriterion(), Fixtures.Case("UCEC")));
    }

    [Theory]
    [InlineData(MsiStatus.High, Truth.True)]
    [InlineData(MsiStatus.Stable, Truth.False)]
    [InlineData(MsiStatus.Indeterminate, Truth.Unknown)]
    public void Msi_StatusOnTheHarmonizedScale(MsiStatus status, Truth expected)
    {
        var msi = new MicrosatelliteInstability { Status = status, Source = Fixtures.At };

        Assert.Equal(expected, Evaluate(new MsiCriterion { Status = MsiStatus.High }, Fixtures.Case("COAD", msi)));
    }
}
