using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Reports;
using OmicsReports.Reporting.Board;
using OmicsReports.Reporting.Tests.Pdf;

namespace OmicsReports.Reporting.Tests.Board;

/// <summary>The board's decision list offers therapies only, leaves hidden ones out and marks conflicts as the report does.</summary>
public class BoardDecisionOptionsTests
{
    // Positions in the report below.
    private const int Braf = 0, Dpyd = 1, Resistance = 2, Prognostic = 3, Conflicted = 4, HiddenOne = 5;

    private static readonly OmicsReport Report = SampleReports.Report(vusCount: 0) with
    {
        Implications =
        [
            SampleReports.Braf(),
            SampleReports.Dpyd(),
            SampleReports.Braf() with { Biomarker = "NRAS Q61R", Therapies = ["cetuximab"], Direction = Direction.Resistant, Tier = EvidenceTier.IA },
            SampleReports.Braf() with { Kind = ImplicationKind.Prognostic, Biomarker = "TERT promoter", Therapies = [], Direction = Direction.Informative },
            SampleReports.Braf() with
            {
                Biomarker = "BRAF V600E", Therapies = ["dabrafenib", "trametinib"], Tier = EvidenceTier.IIC,
                Conflicts = ["NRAS Q61R speaks against trametinib (tier IA, resistance)."],
            },
            SampleReports.Braf() with { Biomarker = "KIT L576P", Therapies = ["imatinib"], Tier = EvidenceTier.IIC },
        ],
    };

    private static readonly Dictionary<int, string> Hidden = new() { [HiddenOne] = "Variant below the lab's reporting threshold." };

    [Fact]
    public void Offers_TherapiesOnly_NoDoseAlertResistancePrognosticOrHidden()
    {
        var options = BoardDecisionOptions.Of(Report, Hidden, chosen: null);

        Assert.Equal([Braf, Conflicted], options.Select(o => o.Index));
        Assert.DoesNotContain(options, o => o.Text.Contains("DPYD", StringComparison.Ordinal) || o.Text.Contains("KIT", StringComparison.Ordinal));
    }

    [Fact]
    public void Conflict_IsMarkedInTheText_AndExplainedAsOnTheReport()
    {
        var options = BoardDecisionOptions.Of(Report, Hidden, chosen: null);

        Assert.Equal($"BRAF V600E → {SampleReports.TierOneTherapy} (tier IA)", options[0].Text);
        Assert.Empty(options[0].Conflicts);
        Assert.Equal("BRAF V600E → dabrafenib + trametinib (tier IIC) — conflict, see the report", options[1].Text);
        Assert.Equal(Report.Implications[Conflicted].Conflicts, options[1].Conflicts);
    }

    [Fact]
    public void HiddenSinceChosen_StaysListed_AndMarked()
    {
        var options = BoardDecisionOptions.Of(Report, Hidden, chosen: HiddenOne);

        var kept = Assert.Single(options, o => o.Index == HiddenOne);
        Assert.Equal("KIT L576P → imatinib (tier IIC) — hidden by the pathologist", kept.Text);
        Assert.Equal(Hidden[HiddenOne], kept.HiddenReason);
    }

    [Theory]
    [InlineData(Braf, true)]
    [InlineData(Dpyd, false)]
    [InlineData(Resistance, false)]
    [InlineData(Prognostic, false)]
    public void IsTherapy_OnlyForBenefit(int index, bool expected)
    {
        Assert.Equal(expected, BoardDecisionOptions.IsTherapy(Report.Implications[index]));
    }

    [Fact]
    public void ChosenDoseAlert_IsNeverOffered_EvenIfAnOldDecisionNamedIt()
    {
        Assert.DoesNotContain(BoardDecisionOptions.Of(Report, Hidden, chosen: Dpyd), o => o.Index == Dpyd);
    }
}
