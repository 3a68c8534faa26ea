using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;

namespace OmicsReports.Domain.Tests.Harmonization;

public class BiomarkerFindingsTests
{
    private static readonly SourceLocation Line3 = new("clinical.txt", 3, 5);

    [Fact]
    public void ToFinding_Tmb_KeepsValueUnitAndNote()
    {
        var finding = BiomarkerVocabulary.Tmb("12.5")!.ToFinding(Line3, "12.5");

        Assert.Equal((12.5, "mut/Mb", "12.5"), (finding.MutationsPerMegabase, finding.ReportedUnit, finding.Original));
        Assert.Equal("no unit given; read as mut/Mb", Assert.Single(finding.Notes).Reason);
        Assert.Equal(Line3, finding.Source);
    }

    [Fact]
    public void ToFinding_Msi_KeepsStatusScoreAndMethod()
    {
        var finding = BiomarkerVocabulary.Msi("Instable")!.ToFinding(Line3, "Instable", 12.3, "MSIsensor");

        Assert.Equal((MsiStatus.High, 12.3, "MSIsensor"), (finding.Status, finding.Score, finding.Method));
        Assert.Single(finding.Notes);
    }

    [Fact]
    public void ToFinding_Her2_FillsTheIhcScale()
    {
        var finding = BiomarkerVocabulary.Her2("2+ / ISH amplified")!.ToFinding(Line3, "2+ / ISH amplified", "4B5");

        Assert.Equal(("HER2", "IHC score", 2.0, "2+", IshResult.Amplified, "4B5"),
            (finding.Marker, finding.ScoringSystem, finding.Value, finding.Category, finding.Ish, finding.AntibodyClone));
    }

    [Theory]
    [InlineData("TPS 60%", 60.0, "TPS 60%")]
    [InlineData("TPS ≥50%", 50.0, "TPS ≥50%")]
    [InlineData("TPS <1%", null, "TPS <1%")]
    [InlineData("TPS positive", null, "positive")]
    public void ToFinding_PdL1_KeepsUpperBoundsOutOfTheValue(string text, double? value, string category)
    {
        var finding = BiomarkerVocabulary.PdL1(text)!.ToFinding(Line3, text, "22C3");

        Assert.Equal(("PD-L1", "TPS", value, category), (finding.Marker, finding.ScoringSystem, finding.Value, finding.Category));
    }
}
