using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;

namespace OmicsReports.Domain.Tests.Harmonization;

public class IhcAndPharmacogenomicVocabularyTests
{
    [Theory]
    [InlineData("0", 0, IshResult.NotDone, null)]
    [InlineData("1+", 1, IshResult.NotDone, null)]
    [InlineData("2+", 2, IshResult.NotDone, null)]
    [InlineData("3+", 3, IshResult.NotDone, null)]
    [InlineData("IHC 2+", 2, IshResult.NotDone, "2+")]
    [InlineData("+3", 3, IshResult.NotDone, "3+")]
    [InlineData("HER2 (4B5) 3+", 3, IshResult.NotDone, "3+")]
    [InlineData("HER-2 score 1+", 1, IshResult.NotDone, "1+")]
    [InlineData("2+ / ISH amplified", 2, IshResult.Amplified, "2+, ISH amplified")]
    [InlineData("2+ (FISH not amplified)", 2, IshResult.NotAmplified, "2+, ISH not amplified")]
    [InlineData("2+, non-amplified", 2, IshResult.NotAmplified, "2+, ISH not amplified")]
    [InlineData("IHC 2+, SISH negative", 2, IshResult.NotAmplified, "2+, ISH not amplified")]
    [InlineData("2+ FISH equivocal", 2, IshResult.Equivocal, "2+, ISH equivocal")]
    [InlineData("2+, ISH amplified", 2, IshResult.Amplified, null)]
    [InlineData("2+ (HER2/CEP17 ratio 2.3)", 2, IshResult.NotDone, "2+")]
    public void Her2_Score_MapsToIhcScale(string text, int score, IshResult ish, string? harmonized)
    {
        var reading = BiomarkerVocabulary.Her2(text);

        Assert.NotNull(reading);
        Assert.Equal((score, ish), (reading.Score, reading.Ish));
        Assert.Equal(harmonized, reading.Note?.Harmonized);
        Assert.Equal(score == 0 ? "0" : $"{score}+", reading.Category);
    }

    [Theory]
    [InlineData("1+ to 2+")]
    [InlineData("4+")]
    [InlineData("HER2-low")]
    [InlineData("positive")]
    [InlineData("2+ amplified, not amplified")]
    [InlineData("")]
    [InlineData(null)]
    public void Her2_AmbiguousOrScoreless_GivesNull(string? text)
    {
        Assert.Null(BiomarkerVocabulary.Her2(text));
    }

    [Theory]
    [InlineData("TPS 60%", null, "TPS", 60.0, ValueBound.Exact, "TPS 60%")]
    [InlineData("TPS 60", null, "TPS", 60.0, ValueBound.Exact, "TPS 60%")]
    [InlineData("PD-L1 (22C3) TPS: 60 %", null, "TPS", 60.0, ValueBound.Exact, "TPS 60%")]
    [InlineData("Tumor proportion score 5%", null, "TPS", 5.0, ValueBound.Exact, "TPS 5%")]
    [InlineData("60%", "TPS", "TPS", 60.0, ValueBound.Exact, "TPS 60%")]
    [InlineData("60%", null, "unspecified", 60.0, ValueBound.Exact, "60%")]
    [InlineData("<1%", "TPS", "TPS", 1.0, ValueBound.LessThan, "TPS <1%")]
    [InlineData("TPS ≥50%", null, "TPS", 50.0, ValueBound.AtLeast, "TPS ≥50%")]
    [InlineData("CPS 10", null, "CPS", 10.0, ValueBound.Exact, "CPS 10")]
    [InlineData("CPS >= 10", null, "CPS", 10.0, ValueBound.AtLeast, "CPS ≥10")]
    [InlineData("IC 5%", null, "IC", 5.0, ValueBound.Exact, "IC 5%")]
    [InlineData("positive", null, "unspecified", null, ValueBound.Exact, "positive")]
    public void PdL1_Score_MapsToScoringSystem(
        string text, string? system, string expectedSystem, double? value, ValueBound bound, string category)
    {
        var reading = BiomarkerVocabulary.PdL1(text, system);

        Assert.NotNull(reading);
        Assert.Equal((expectedSystem, value, bound, category), (reading.ScoringSystem, reading.Value, reading.Bound, reading.Category));
        Assert.Equal(text != category, reading.Note is not null);
    }

    [Theory]
    [InlineData("TPS 60% CPS 70")]
    [InlineData("TPS 150%")]
    [InlineData("50% to 60%")]
    [InlineData("60%", "H-score")]
    [InlineData("strong")]
    [InlineData("")]
    public void PdL1_AmbiguousOrUnknown_GivesNull(string text, string? system = null)
    {
        Assert.Null(BiomarkerVocabulary.PdL1(text, system));
    }

    [Theory]
    [InlineData("TPS 60%", 50, true)]
    [InlineData("TPS 60%", 70, false)]
    [InlineData("TPS <1%", 1, false)]
    [InlineData("TPS <1%", 0.5, null)]
    [InlineData("TPS ≥50%", 50, true)]
    [InlineData("TPS ≥50%", 60, null)]
    [InlineData("TPS positive", 1, null)]
    public void PdL1_MeetsAtLeast_DecidesOnlyWhatTheReadingDecides(string text, double threshold, bool? expected)
    {
        Assert.Equal(expected, BiomarkerVocabulary.PdL1(text)!.MeetsAtLeast(threshold));
    }

    [Theory]
    [InlineData("Poor Metabolizer", null, "Poor Metabolizer", null)]
    [InlineData("PM", null, "Poor Metabolizer", "CPIC standard term")]
    [InlineData("poor metaboliser", null, "Poor Metabolizer", "CPIC standard term")]
    [InlineData("Intermediate Metabolizer", null, "Intermediate Metabolizer", null)]
    [InlineData("IM", "CYP2C19", "Intermediate Metabolizer", "CPIC standard term")]
    [InlineData("Normal Metabolizer", null, "Normal Metabolizer", null)]
    [InlineData("Extensive Metabolizer", "CYP2D6", "Normal Metabolizer", "former CPIC term")]
    [InlineData("Rapid Metabolizer", null, "Rapid Metabolizer", null)]
    [InlineData("Ultra-rapid metabolizer", null, "Ultrarapid Metabolizer", "CPIC standard term")]
    [InlineData("UM", null, "Ultrarapid Metabolizer", "CPIC standard term")]
    [InlineData("Likely Poor Metabolizer", null, "Likely Poor Metabolizer", null)]
    [InlineData("Poor Function", "SLCO1B1", "Poor Function", null)]
    [InlineData("decreased function", "SLCO1B1", "Decreased Function", "CPIC standard term")]
    [InlineData("Normal Function", null, "Normal Function", null)]
    [InlineData("Deficient", "G6PD", "Deficient", null)]
    [InlineData("deficient", null, "Deficient", "CPIC standard term")]
    [InlineData("Normal", "G6PD", "Normal", null)]
    [InlineData("Indeterminate", "DPYD", "Indeterminate", null)]
    [InlineData("Uncertain Susceptibility", "RYR1", "Uncertain Susceptibility", null)]
    public void Phenotype_Word_MapsToCpicTerm(string text, string? gene, string expected, string? reason)
    {
        var reading = BiomarkerVocabulary.Phenotype(text, gene);

        Assert.Equal(expected, reading!.Phenotype);
        Assert.Equal(reason, reading.Note?.Reason);
    }

    [Theory]
    [InlineData("Normal", "CYP2D6")]
    [InlineData("Normal", null)]
    [InlineData("Deficient", "DPYD")]
    [InlineData("*15:02 positive", "HLA-B")]
    [InlineData("No Result", null)]
    [InlineData("", null)]
    public void Phenotype_UnknownOrOtherGenesWord_GivesNull(string text, string? gene)
    {
        Assert.Null(BiomarkerVocabulary.Phenotype(text, gene));
    }

    [Theory]
    [InlineData("n/a", true)]
    [InlineData("No Result", true)]
    [InlineData("Poor Metabolizer", false)]
    [InlineData(null, false)]
    public void IsNoResult_CallerWords_AreRecognised(string? text, bool expected)
    {
        Assert.Equal(expected, BiomarkerVocabulary.IsNoResult(text));
    }
}
