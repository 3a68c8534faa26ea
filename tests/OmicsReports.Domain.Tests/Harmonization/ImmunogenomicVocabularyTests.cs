using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;

namespace OmicsReports.Domain.Tests.Harmonization;

public class ImmunogenomicVocabularyTests
{
    [Theory]
    [InlineData("CLDN18.2", "80%", "CLDN18.2", "PS2+", 80, ValueBound.Exact)]
    [InlineData("claudin 18.2", "IHC 80%", "CLDN18.2", "PS2+", 80, ValueBound.Exact)]
    [InlineData("CLDN18", "≥75% moderate-to-strong", "CLDN18.2", "PS2+", 75, ValueBound.AtLeast)]
    [InlineData("CLDN18.2", "2+/3+ in 78% (43-14A)", "CLDN18.2", "PS2+", 78, ValueBound.Exact)]
    [InlineData("CLDN18.2", "3+ 60%", "CLDN18.2", "PS3+", 60, ValueBound.Exact)]
    [InlineData("FRa", "PS2+ 80%", "FRα", "PS2+", 80, ValueBound.Exact)]
    [InlineData("FOLR1", "FOLR1-2.1: 76% moderate and/or strong", "FRα", "PS2+", 76, ValueBound.Exact)]
    [InlineData("folate receptor alpha", "<75%", "FRα", "PS2+", 75, ValueBound.LessThan)]
    [InlineData("c-Met", "SP44 3+ 55%", "c-Met", "PS3+", 55, ValueBound.Exact)]
    [InlineData("cMET", "strong 60%", "c-Met", "PS3+", 60, ValueBound.Exact)]
    [InlineData("c-Met", "70%", "c-Met", "unspecified", 70, ValueBound.Exact)]
    [InlineData("ER", "0%", "ER", "% nuclei", 0, ValueBound.Exact)]
    [InlineData("estrogen receptor", "<1%", "ER", "% nuclei", 1, ValueBound.LessThan)]
    [InlineData("PgR", "95%", "PR", "% nuclei", 95, ValueBound.Exact)]
    public void Ihc_PercentageWithIntensity_ReadsScaleAndBound(string marker, string text, string canonical, string scale, double value, ValueBound bound)
    {
        var reading = BiomarkerVocabulary.Ihc(marker, text);

        Assert.NotNull(reading);
        Assert.Equal((canonical, scale, value, bound), (reading.Marker, reading.ScoringSystem, reading.Value!.Value, reading.Bound));
    }

    [Theory]
    [InlineData("CLDN18.2", "positive", "PS2+", 75, ValueBound.AtLeast)]
    [InlineData("CLDN18.2", "negative", "PS2+", 75, ValueBound.LessThan)]
    [InlineData("FRα", "FRα-positive", "PS2+", 75, ValueBound.AtLeast)]
    [InlineData("ER", "Negative", "% nuclei", 1, ValueBound.LessThan)]
    [InlineData("PR", "Positive", "% nuclei", 1, ValueBound.AtLeast)]
    public void Ihc_Category_BecomesABoundAtThePublishedCutOff(string marker, string text, string scale, double cutOff, ValueBound bound)
    {
        var reading = BiomarkerVocabulary.Ihc(marker, text);

        Assert.NotNull(reading);
        Assert.Equal((scale, cutOff, bound), (reading.ScoringSystem, reading.Value!.Value, reading.Bound));
        Assert.NotNull(reading.Note);
    }

    [Fact]
    public void Ihc_CategoryOfAMarkerWithoutCutOff_StaysCategorical()
    {
        var reading = BiomarkerVocabulary.Ihc("c-Met", "positive");

        Assert.NotNull(reading);
        Assert.Null(reading.Value);
        Assert.Equal("positive", reading.Category);
    }

    [Theory]
    [InlineData("CLDN18.2", "80% and 60%")]
    [InlineData("CLDN18.2", "150%")]
    [InlineData("ER", "indeterminate")]
    [InlineData("ER", "")]
    public void Ihc_Unreadable_IsNull(string marker, string text) => Assert.Null(BiomarkerVocabulary.Ihc(marker, text));

    [Theory]
    [InlineData("0 ultralow", Her2Zero.Ultralow, "0 (ultralow)")]
    [InlineData("HER2-ultralow", Her2Zero.Ultralow, "0 (ultralow)")]
    [InlineData(">0 <1+", Her2Zero.Ultralow, "0 (ultralow)")]
    [InlineData("IHC >0, <1+", Her2Zero.Ultralow, "0 (ultralow)")]
    [InlineData("0 (null)", Her2Zero.Null, "0 (null)")]
    [InlineData("0, no membrane staining", Her2Zero.Null, "0 (null)")]
    [InlineData("0", Her2Zero.Unspecified, "0")]
    public void Her2_ZeroSubgroups_AreKeptApart(string text, Her2Zero zero, string category)
    {
        var reading = BiomarkerVocabulary.Her2(text);

        Assert.NotNull(reading);
        Assert.Equal((0, zero, category), (reading.Score, reading.Zero, reading.Category));
    }

    [Theory]
    [InlineData("TAP 5%", "TAP", 5)]
    [InlineData("tumor area positivity 1%", "TAP", 1)]
    public void PdL1_TumourAreaPositivity_IsItsOwnScore(string text, string system, double value)
    {
        var reading = BiomarkerVocabulary.PdL1(text);

        Assert.NotNull(reading);
        Assert.Equal((system, value), (reading.ScoringSystem, reading.Value!.Value));
    }

    [Theory]
    [InlineData("Positive", HrdStatus.Positive)]
    [InlineData("HRD-positive", HrdStatus.Positive)]
    [InlineData("HR deficient", HrdStatus.Positive)]
    [InlineData("negative", HrdStatus.Negative)]
    [InlineData("HR-proficient", HrdStatus.Negative)]
    [InlineData("Indeterminate", HrdStatus.Indeterminate)]
    public void Hrd_Wordings_MapToOneStatus(string text, HrdStatus status) => Assert.Equal(status, BiomarkerVocabulary.Hrd(text));

    [Theory]
    [InlineData("maybe")]
    [InlineData("")]
    public void Hrd_UnknownWords_AreNull(string text) => Assert.Null(BiomarkerVocabulary.Hrd(text));

    [Theory]
    [InlineData("HLA-A*02:01", "HLA-A", "A*02:01", "A*02:01")]
    [InlineData("A*02:01:01:02L", "HLA-A", "A*02:01:01:02L", "A*02:01")]
    [InlineData("HLA-A*0201", "HLA-A", "A*02:01", "A*02:01")]
    [InlineData("DRB1*15:01", "HLA-DRB1", "DRB1*15:01", "DRB1*15:01")]
    [InlineData("A*02", "HLA-A", "A*02", null)]
    public void HlaAllele_Parse_ReadsWhoNomenclature(string text, string gene, string name, string? protein)
    {
        var allele = HlaAllele.Parse(text);

        Assert.NotNull(allele);
        Assert.Equal((gene, name, protein), (allele.Gene, allele.Name, allele.Protein));
    }

    [Theory]
    [InlineData("A2")]
    [InlineData("HLA-A02:01")]
    [InlineData("A*2:1")]
    [InlineData("")]
    public void HlaAllele_Parse_RefusesOtherNames(string text) => Assert.Null(HlaAllele.Parse(text));

    [Theory]
    [InlineData("A*02:01:01", true)]
    [InlineData("A*02:06", false)]
    [InlineData("B*02:01", false)]
    [InlineData("A*02", null)]
    [InlineData("A*03", false)]
    public void HlaAllele_IsProtein_NeedsTwoFields(string typed, bool? expected) =>
        Assert.Equal(expected, HlaAllele.Parse(typed)!.IsProtein(HlaAllele.Parse("A*02:01")!));
}
