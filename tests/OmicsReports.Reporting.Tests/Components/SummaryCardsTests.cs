using Bunit;
using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Knowledge.Therapies;
using OmicsReports.Domain.Reports;
using OmicsReports.Reporting.Components;

namespace OmicsReports.Reporting.Tests.Components;

/// <summary>
/// What the key findings show of the Domain's summary layout: the carried-over section below the on-label options,
/// the preferred regimen and its line, conflict links between cards, and the notes that qualify an option.
/// </summary>
public class SummaryCardsTests : MudComponentTests
{
    private static Implication Option(string biomarker, string drug, TherapyLine line, bool preferred = false) =>
        ReportFixtures.Implication(biomarker, therapies: [drug]) with
        {
            Setting = new ImplicationSetting(line, line == TherapyLine.FirstLine ? "First line" : "After progression on an EGFR tyrosine kinase inhibitor", []),
            Preferred = preferred,
        };

    [Fact]
    public void CarriedOverOptions_SitInTheirOwnFoldedSection_BelowTheOnLabelOptions()
    {
        var carried = ReportFixtures.Implication("KRAS G12C", EvidenceTier.IIC, therapies: ["adagrasib"]) with
        {
            CarriedOver = true, SourceTumorTypes = ["Non-Small Cell Lung Cancer (NSCLC)"], InThisTumorType = false,
        };
        var report = ReportFixtures.Report([carried, ReportFixtures.Implication("KRAS G12C", therapies: ["sotorasib", "panitumumab"])]);

        var panel = Render(report);

        var therapies = panel.Find("section[aria-labelledby=kf-therapies]");
        Assert.DoesNotContain("adagrasib", therapies.TextContent, StringComparison.Ordinal);
        Assert.Contains("Approved for this biomarker in other tumour types (1)", panel.Find(".omics-kf__carried .mud-expand-panel-header").TextContent, StringComparison.Ordinal);
        panel.Find(".omics-kf__carried .mud-expand-panel-header").Click();
        var section = panel.Find(".omics-kf__carried");
        Assert.Contains("adagrasib", section.TextContent, StringComparison.Ordinal);
        Assert.Contains("approved in Non-Small Cell Lung Cancer (NSCLC)", section.TextContent, StringComparison.Ordinal);
        var order = panel.FindAll("section[aria-labelledby=kf-therapies], .omics-kf__carried").Select(e => e.ClassList.Contains("omics-kf__carried")).ToList();
        Assert.Equal([false, true], order);
    }

    [Fact]
    public void TherapyCard_NamesThePreferredFirstLineRegimen_WithItsLine_AndFoldsTheRest()
    {
        var report = ReportFixtures.Report(
        [
            Option("EGFR L858R", "osimertinib", TherapyLine.FirstLine, preferred: true),
            Option("EGFR L858R", "erlotinib", TherapyLine.FirstLine),
            Option("EGFR L858R", "amivantamab", TherapyLine.LaterLine),
        ]);

        var panel = Render(report);

        var first = panel.Find("section[aria-labelledby=kf-therapies] .omics-opts[role=article]");
        Assert.Equal("osimertinib", first.QuerySelector(".omics-opts__named")!.TextContent);
        Assert.Equal("preferred", first.QuerySelector(".omics-imp__head .omics-chip--preferred")!.TextContent.Trim());
        Assert.Equal("First line", first.QuerySelector(".omics-imp__head .omics-chip--setting")!.TextContent.Trim());
        Assert.Equal("+1 alternative", first.QuerySelector(".omics-opts__count")!.TextContent);
        var cards = panel.FindAll("section[aria-labelledby=kf-therapies] > .omics-card");
        var later = cards[^1];
        Assert.Contains("After progression on an EGFR tyrosine kinase inhibitor", later.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ConflictingCards_SayItAndLinkToEachOther()
    {
        var report = ReportFixtures.Report(
        [
            ReportFixtures.Implication("RAS wild type", EvidenceTier.IIC, therapies: ["cetuximab"]) with
            {
                ContradictedBy = "BRAF V600E: resistance to cetuximab (Guideline, tier IA)", DemotedFrom = EvidenceTier.IA, InThisTumorType = true,
            },
            ReportFixtures.Implication("BRAF V600E", direction: Direction.Resistant, therapies: ["cetuximab"]),
        ]) with
        {
            Conflicts = [new Conflict(0, 1, ["cetuximab"], ConflictResolution.ResistanceOutranksWildType, "BRAF V600E outranks RAS wild type.")],
        };

        var panel = Render(report);

        var sensitivityLink = panel.Find("#card-0 .omics-card__conflicts a");
        var resistanceLink = panel.Find("#card-1 .omics-card__conflicts a");
        Assert.Equal("#card-1", sensitivityLink.GetAttribute("href"));
        Assert.Equal("#card-0", resistanceLink.GetAttribute("href"));
        Assert.Contains("BRAF V600E outranks RAS wild type.", panel.Find("#card-0 .omics-card__conflicts").TextContent, StringComparison.Ordinal);
        Assert.Equal("Contradicted by BRAF V600E: resistance to cetuximab (Guideline, tier IA); demoted from tier IA.", panel.Find("#card-0 .omics-imp__note").TextContent);
    }

    [Fact]
    public void ConditionalOption_SaysWhatItsTierDependsOn()
    {
        var report = ReportFixtures.Report([ReportFixtures.Implication("IDH1 R132H", therapies: ["vorasidenib"]) with { Condition = "grade 2 (ASTR2); grade not reported" }]);

        var panel = Render(report);

        Assert.Equal("Tier IA only if grade 2 (ASTR2); grade not reported.", panel.Find(".omics-imp__note").TextContent);
    }

    [Fact]
    public void NegativeBelowQc_IsNotAChip_ButSaidApartWithItsReason()
    {
        var report = ReportFixtures.Report() with
        {
            PertinentNegatives =
            [
                new PertinentNegative("KRAS", "SmallVariants", "not reliably excluded: tumour purity 15% is below 20%", Reliable: false),
                new PertinentNegative("MSI", "Msi", "MSS"),
            ],
        };

        var panel = Render(report);

        Assert.Equal(["MSI"], panel.FindAll(".omics-chips .omics-chip").Select(c => c.TextContent.Trim().Split(' ', '\u00a0')[0]).ToList());
        Assert.Equal("Not reliably excluded: KRAS (SNV/indel) — tumour purity 15% is below 20%.", panel.Find(".omics-unreliable").TextContent);
    }

    [Fact]
    public void BoardOption_NamesTheLine_AndMarksAConflict()
    {
        var plain = Option("EGFR L858R", "osimertinib", TherapyLine.FirstLine);
        var conflicted = plain with { Conflicts = ["EGFR C797S predicts resistance to osimertinib."] };

        Assert.Equal("EGFR L858R → osimertinib (tier IA, First line)", ReportText.BoardOption(plain));
        Assert.Equal("EGFR L858R → osimertinib (tier IA, First line) — conflict, see the report", ReportText.BoardOption(conflicted));
        Assert.EndsWith("— contradicted, see the report", ReportText.BoardOption(plain with { ContradictedBy = "x" }), StringComparison.Ordinal);
    }

    private IRenderedComponent<KeyFindings> Render(OmicsReport report) =>
        Render<KeyFindings>(p => p.Add(k => k.Case, ReportFixtures.Case()).Add(k => k.Report, report));
}
