using Bunit;
using Microsoft.AspNetCore.Components;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Reports;
using OmicsReports.Reporting.Components;

namespace OmicsReports.Reporting.Tests.Components;

public class KeyFindingsTests : MudComponentTests
{
    [Fact]
    public void Therapies_OfSeveralTiers_AreGroupedByTierInTierOrder()
    {
        var report = ReportFixtures.Report(
        [
            ReportFixtures.Implication("KRAS G12C", EvidenceTier.IIC),
            ReportFixtures.Implication("BRAF V600E", EvidenceTier.IA),
            ReportFixtures.Implication("NRAS Q61K", EvidenceTier.IID),
        ]);

        var panel = Render(report);

        var groups = panel.FindAll(".omics-kf__tier").Select(e => e.TextContent.Trim()).ToList();
        Assert.Equal([TierBadge.Description(EvidenceTier.IA), TierBadge.Description(EvidenceTier.IIC), TierBadge.Description(EvidenceTier.IID)], groups);
        var order = panel.FindAll("section[aria-labelledby=kf-therapies] .omics-imp__biomarker").Select(e => e.TextContent).ToList();
        Assert.Equal(["BRAF V600E", "KRAS G12C", "NRAS Q61K"], order);
    }

    [Fact]
    public void ResistanceAvoidAndPgx_GoToTheirOwnSections_NotAmongTherapies()
    {
        var report = ReportFixtures.Report(
        [
            ReportFixtures.Implication("BRAF V600E", EvidenceTier.IA),
            ReportFixtures.Implication("KRAS G12D", EvidenceTier.IA, Direction.Resistant),
            ReportFixtures.Implication("DPYD activity score 0", direction: Direction.Avoid, kind: ImplicationKind.Pharmacogenomic, therapies: ["capecitabine"]),
        ]);

        var panel = Render(report);

        Assert.Equal(["BRAF V600E"], Biomarkers(panel, "kf-therapies"));
        Assert.Equal(["KRAS G12D"], Biomarkers(panel, "kf-resistance"));
        Assert.Equal(["DPYD activity score 0"], Biomarkers(panel, "kf-pgx"));
        Assert.Contains("omics-kf__section--pgx", panel.Find("section[aria-labelledby=kf-pgx]").ClassList);
    }

    [Fact]
    public void HiddenImplication_LeavesTheFindingsAndAppearsWithItsReason()
    {
        var report = ReportFixtures.Report([ReportFixtures.Implication("BRAF V600E"), ReportFixtures.Implication("EGFR L858R")]);

        var panel = Render(report, p => p.Add(k => k.HiddenReasons, new Dictionary<int, string> { [1] = "Germline artefact" }));

        Assert.Equal(["BRAF V600E"], Biomarkers(panel, "kf-therapies"));
        var hidden = panel.Find(".omics-kf__hidden");
        Assert.Contains("Hidden by the pathologist (1)", hidden.TextContent, StringComparison.Ordinal);
        hidden.QuerySelector(".mud-expand-panel-header")!.Click();
        Assert.Contains("Germline artefact", panel.Find(".omics-kf__hidden").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ImplicationActions_AreRenderedPerImplicationWithItsPosition()
    {
        var report = ReportFixtures.Report([ReportFixtures.Implication("A"), ReportFixtures.Implication("B")]);
        RenderFragment<int> actions = index => b => b.AddMarkupContent(0, $"<button class=\"act\">{index}</button>");

        var panel = Render(report, p => p.Add(k => k.ImplicationActions, actions));

        Assert.Equal(["0", "1"], panel.FindAll("button.act").Select(b => b.TextContent).ToList());
    }

    [Fact]
    public void EmptyReport_SaysNothingWasFound_AndNamesTheLayersThatWereNotTested()
    {
        var panel = Render(ReportFixtures.Report());

        Assert.Contains("No therapy with evidence was found in the layers that were assessed", panel.Find("section[aria-labelledby=kf-therapies]").TextContent, StringComparison.Ordinal);
        Assert.Empty(panel.FindAll("[role=article]"));
        var notTested = panel.Find("section[aria-labelledby=kf-not-tested]").TextContent;
        Assert.Contains("Copy number", notTested, StringComparison.Ordinal);
        Assert.DoesNotContain("Small variants", notTested, StringComparison.Ordinal);
        Assert.Contains("None stated for this tumour type.", panel.Find("section[aria-labelledby=kf-negatives]").TextContent, StringComparison.Ordinal);
        Assert.Contains("The report states no key biomarkers.", panel.Find("section[aria-labelledby=kf-biomarkers]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Biomarkers_NotTestedIsSaid_AndTheTmbGaugeAppearsOnlyForATestedTmb()
    {
        var report = ReportFixtures.Report(biomarkers:
        [
            new KeyBiomarker("TMB", "14 mut/Mb", "High", true),
            new KeyBiomarker("PD-L1", "not tested", null, false),
        ]);
        var omicsCase = ReportFixtures.Case(tmb: new TumorMutationalBurden { MutationsPerMegabase = 14, Source = new SourceLocation("tmb.txt", 2) });

        var panel = Render<KeyFindings>(p => p.Add(k => k.Case, omicsCase).Add(k => k.Report, report));

        var rows = panel.FindAll(".omics-bm__row");
        Assert.Equal(2, rows.Count);
        Assert.Contains("omics-bm__row--untested", rows[1].ClassList);
        Assert.Equal("not tested", rows[1].QuerySelector(".omics-bm__value")!.TextContent.Trim());
        Assert.Single(panel.FindAll("svg.omics-gauge"));
    }

    [Fact]
    public void Context_ShowsNegativesRecommendedTestsAndCaveatsWithSeverity()
    {
        var report = ReportFixtures.Report() with
        {
            PertinentNegatives = [new PertinentNegative("KRAS", "SmallVariants")],
            RecommendedTests = [new RecommendedTest("MMR IHC", "Confirms the defect.")],
            QcFindings = [new QcFinding("low-purity", QcSeverity.Caution, "Purity 15%.")],
        };

        var panel = Render(report);

        Assert.Contains("KRAS", panel.Find(".omics-chip").TextContent, StringComparison.Ordinal);
        Assert.Contains("Recommended: MMR IHC.", panel.Find(".omics-recommend").TextContent, StringComparison.Ordinal);
        Assert.Contains("omics-qc__item--caution", panel.Find(".omics-qc__item").ClassList);
    }

    private IRenderedComponent<KeyFindings> Render(OmicsReport report, Action<ComponentParameterCollectionBuilder<KeyFindings>>? extra = null) =>
        Render<KeyFindings>(p =>
        {
            p.Add(k => k.Case, ReportFixtures.Case()).Add(k => k.Report, report);
            extra?.Invoke(p);
        });

    private static List<string> Biomarkers(IRenderedComponent<KeyFindings> panel, string section) =>
        panel.FindAll($"section[aria-labelledby={section}] .omics-imp__biomarker").Select(e => e.TextContent.Trim()).ToList();
}
