using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Reports;
using OmicsReports.Reporting.Components;

namespace OmicsReports.Reporting.Tests.Components;

/// <summary>The one arrangement of page 1 that the screen, the board and the PDF render.</summary>
public class KeyFindingsLayoutTests
{
    [Fact]
    public void Sections_FollowTheReadingOrder_AndLeaveOutEmptyOnesButTherapies()
    {
        var report = ReportFixtures.Report(
        [
            ReportFixtures.Implication("DPYD activity score 1", direction: Direction.ReduceDose, kind: ImplicationKind.Pharmacogenomic, dose: "Halve"),
            ReportFixtures.Implication("KRAS G12D", EvidenceTier.IB, Direction.Resistant),
        ]);

        var layout = KeyFindingsLayout.Of(ReportFixtures.Case(), report, null);

        Assert.Equal(["kf-therapies", "kf-resistance", "kf-pgx"], layout.Sections.Select(s => s.Id));
        Assert.True(layout.Sections[0].IsEmpty);
        Assert.StartsWith("No therapy with evidence was found", layout.Sections[0].Empty, StringComparison.Ordinal);
        Assert.Equal("Resistance and drugs to avoid", layout.Sections[1].Title);
    }

    [Fact]
    public void Therapies_AreBandedByTierInTierOrder_WithTheTiersMeaningAsCaption()
    {
        var report = ReportFixtures.Report([ReportFixtures.Implication("A", EvidenceTier.IIC), ReportFixtures.Implication("B", EvidenceTier.IA)]);

        var bands = KeyFindingsLayout.Of(ReportFixtures.Case(), report, null).Sections[0].Bands;

        Assert.Equal([EvidenceTier.IA, EvidenceTier.IIC], bands.Select(b => b.Tier!.Value));
        Assert.Equal(ReportText.TierDescription(EvidenceTier.IA), bands[0].Caption);
    }

    [Fact]
    public void Hidden_LeaveTheirSection_AndKeepTheirPositionInTheReport()
    {
        var report = ReportFixtures.Report([ReportFixtures.Implication("A"), ReportFixtures.Implication("B")]);

        var layout = KeyFindingsLayout.Of(ReportFixtures.Case(), report, new Dictionary<int, string> { [0] = "reason" });

        Assert.Equal([1], layout.Sections[0].Bands.SelectMany(b => b.Groups).SelectMany(g => g.Options).Select(o => o.Index));
        Assert.Equal([0], layout.Hidden.Select(h => h.Index));
    }

    [Fact]
    public void Group_WithDifferingDoses_ListsEachDrugsInstruction_AndASharedOneOnce()
    {
        Implication Dose(string drug, string dose) =>
            ReportFixtures.Implication("UGT1A1 *28/*28", direction: Direction.ReduceDose, kind: ImplicationKind.Pharmacogenomic, therapies: [drug], dose: dose);
        ImplicationOptionGroup Card(params Implication[] alerts) =>
            KeyFindingsLayout.Of(ReportFixtures.Case(), ReportFixtures.Report(alerts), null).Sections.Single(s => s.Id == "kf-pgx").Bands.Single().Groups.Single();
        var differ = Card(Dose("irinotecan", "70%"), Dose("belinostat", "750 mg/m2"));
        var shared = Card(Dose("irinotecan", "70%"), Dose("belinostat", "70%"));

        Assert.Null(differ.SharedDose);
        Assert.Equal([new DoseInstruction("irinotecan", "70%"), new DoseInstruction("belinostat", "750 mg/m2")], differ.DoseInstructions);
        Assert.Equal("70%", shared.SharedDose);
        Assert.Empty(shared.DoseInstructions);
    }
}
