using Bunit;
using Microsoft.AspNetCore.Components;
using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Reports;
using OmicsReports.Reporting.Components;

namespace OmicsReports.Reporting.Tests.Components;

/// <summary>Regimens for one biomarker and tier fold into one option group; nothing is dropped, hidden or re-ranked.</summary>
public class ImplicationOptionsTests : BunitContext
{
    [Fact]
    public void KeyFindings_RegimensOfOneBiomarker_FoldIntoOneCardNamingTheFirstAndFoldingTheRest()
    {
        var report = ReportFixtures.Report(
        [
            ReportFixtures.Implication("EGFR L858R", therapies: ["afatinib"]),
            ReportFixtures.Implication("EGFR L858R", therapies: ["osimertinib"]),
            ReportFixtures.Implication("EGFR L858R", therapies: ["amivantamab", "lazertinib"]),
        ]);

        var panel = Render(report);

        var group = panel.Find("section[aria-labelledby=kf-therapies] article.omics-opts");
        Assert.StartsWith("EGFR L858R: afatinib, ", group.GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Equal("afatinib", group.QuerySelector(".omics-opts__named")!.TextContent);
        Assert.Equal("+2 alternatives", group.QuerySelector(".omics-opts__count")!.TextContent);
        Assert.Empty(group.QuerySelectorAll(".omics-imp__head .omics-opts__therapy"));
        Assert.Equal(["afatinib", "osimertinib", "amivantamab + lazertinib"], group.QuerySelectorAll("details article.omics-imp .omics-imp__therapies").Select(e => e.TextContent).ToList());
        Assert.Single(panel.FindAll(".omics-imp__biomarker"));
        Assert.Single(group.QuerySelectorAll("details.omics-why"));
        Assert.Equal(3, group.QuerySelectorAll(".omics-why__rationale").Length);
    }

    [Fact]
    public void KeyFindings_SameGeneAndTier_FoldWhileAnotherTierOrGeneStaysApart()
    {
        var report = ReportFixtures.Report(
        [
            ReportFixtures.Implication("BRAF V600E", EvidenceTier.IA, therapies: ["dabrafenib"]),
            ReportFixtures.Implication("BRAF V600E or V600K", EvidenceTier.IA, therapies: ["trametinib"]),
            ReportFixtures.Implication("BRAF V600E", EvidenceTier.IIC, therapies: ["tovorafenib"]),
            ReportFixtures.Implication("NRAS Q61K", EvidenceTier.IA, therapies: ["binimetinib"]),
        ]);

        var panel = Render(report);

        Assert.Single(panel.FindAll("article.omics-opts"));
        Assert.Equal("BRAF V600E, BRAF V600E or V600K", panel.Find("article.omics-opts .omics-imp__biomarker").TextContent);
        Assert.Equal(["NRAS Q61K", "BRAF V600E"], panel.FindAll("section[aria-labelledby=kf-therapies] > .omics-card > article.omics-imp .omics-imp__biomarker").Select(e => e.TextContent).ToList());
    }

    [Fact]
    public void KeyFindings_Folding_PlacesACardWhereItsFirstOptionWas_AndKeepsTheEnginesOrderInside()
    {
        var report = ReportFixtures.Report(
        [
            ReportFixtures.Implication("BRAF V600E", therapies: ["dabrafenib"]),
            ReportFixtures.Implication("TMB high", therapies: ["pembrolizumab"]),
            ReportFixtures.Implication("BRAF V600E", therapies: ["vemurafenib"]),
            ReportFixtures.Implication("NRAS Q61K", therapies: ["binimetinib"]),
            ReportFixtures.Implication("TMB high", therapies: ["nivolumab"]),
        ]);

        var panel = Render(report);

        var biomarkers = panel.FindAll("section[aria-labelledby=kf-therapies] .omics-imp__biomarker").Select(e => e.TextContent).ToList();
        Assert.Equal(["BRAF V600E", "TMB high", "NRAS Q61K"], biomarkers);
        var lists = panel.FindAll("article.omics-opts").Select(g => string.Join("|", g.QuerySelectorAll("details .omics-imp__therapies").Select(e => e.TextContent))).ToList();
        Assert.Equal(["dabrafenib|vemurafenib", "pembrolizumab|nivolumab"], lists);
    }

    [Fact]
    public void KeyFindings_HiddenOption_LeavesItsGroupForTheHiddenList_WithItsReason()
    {
        var report = ReportFixtures.Report(
        [
            ReportFixtures.Implication("BRAF V600E", therapies: ["dabrafenib"]),
            ReportFixtures.Implication("BRAF V600E", therapies: ["vemurafenib"]),
            ReportFixtures.Implication("BRAF V600E", therapies: ["encorafenib", "binimetinib"]),
        ]);

        var panel = Render(report, p => p.Add(k => k.HiddenReasons, new Dictionary<int, string> { [1] = "Single agent not preferred" }));

        var group = panel.Find("section[aria-labelledby=kf-therapies] article.omics-opts");
        Assert.Equal(["dabrafenib", "encorafenib + binimetinib"], group.QuerySelectorAll("details .omics-imp__therapies").Select(e => e.TextContent).ToList());
        var hidden = panel.Find("details.omics-kf__hidden");
        Assert.Contains("Hidden by the pathologist (1)", hidden.TextContent, StringComparison.Ordinal);
        Assert.Equal("vemurafenib", hidden.QuerySelector(".omics-imp__therapies")!.TextContent);
        Assert.Equal("Hidden by the pathologist: Single agent not preferred", hidden.QuerySelector(".omics-imp__hidden")!.TextContent);
    }

    [Fact]
    public void KeyFindings_ActionsInsideAGroup_BelongToEachOptionByItsPosition()
    {
        var report = ReportFixtures.Report(
        [
            ReportFixtures.Implication("BRAF V600E", therapies: ["dabrafenib"]),
            ReportFixtures.Implication("KRAS G12C", therapies: ["sotorasib"]),
            ReportFixtures.Implication("BRAF V600E", therapies: ["vemurafenib"]),
        ]);
        RenderFragment<int> actions = index => b => b.AddMarkupContent(0, $"<button class=\"act\">{index}</button>");

        var panel = Render(report, p => p.Add(k => k.ImplicationActions, actions));

        var group = panel.Find("article.omics-opts");
        Assert.Equal(["0", "2"], group.QuerySelectorAll("details .omics-imp__actions button.act").Select(b => b.TextContent).ToList());
        Assert.Equal(["0", "2", "1"], panel.FindAll("button.act").Select(b => b.TextContent).ToList());
    }

    [Fact]
    public void KeyFindings_OpenEvidence_OpensTheGroupsWhy()
    {
        var report = ReportFixtures.Report([ReportFixtures.Implication("BRAF V600E", therapies: ["a"]), ReportFixtures.Implication("BRAF V600E", therapies: ["b"])]);

        var closed = Render(report);
        var open = Render(report, p => p.Add(k => k.OpenEvidence, true));

        Assert.False(closed.Find("article.omics-opts > details.omics-why").HasAttribute("open"));
        Assert.True(open.Find("article.omics-opts > details.omics-why").HasAttribute("open"));
    }

    [Fact]
    public void Group_OfPharmacogenomicAlerts_ShowsASharedDoseOnce_AndSaysWhenDosesDiffer()
    {
        var same = Group(
            ReportFixtures.Implication("DPYD activity score 1", direction: Direction.ReduceDose, kind: ImplicationKind.Pharmacogenomic, therapies: ["fluorouracil"], dose: "Halve the dose"),
            ReportFixtures.Implication("DPYD activity score 1", direction: Direction.ReduceDose, kind: ImplicationKind.Pharmacogenomic, therapies: ["capecitabine"], dose: "Halve the dose"));
        var different = Group(
            ReportFixtures.Implication("UGT1A1 poor", direction: Direction.ReduceDose, kind: ImplicationKind.Pharmacogenomic, therapies: ["irinotecan"], dose: "Start at 70%"),
            ReportFixtures.Implication("UGT1A1 poor", direction: Direction.ReduceDose, kind: ImplicationKind.Pharmacogenomic, therapies: ["belinostat"], dose: "Start at 750 mg/m2"));

        Assert.Equal("Halve the dose", same.Find("article.omics-opts > .omics-imp__dose").TextContent);
        Assert.Equal("PGx", same.Find(".omics-opts .omics-pgx-tag").TextContent);
        Assert.Equal("Reduce dose", same.Find(".omics-opts .omics-imp__head .omics-direction").TextContent);
        Assert.Equal("The dose advice differs by drug: see Why?", different.Find("article.omics-opts > .omics-imp__dose").TextContent);
        Assert.Equal(["Start at 70%", "Start at 750 mg/m2"], different.FindAll("details .omics-imp__dose").Select(e => e.TextContent).ToList());
    }

    [Fact]
    public void Group_OfOne_IsTheOrdinaryCard()
    {
        var group = Group(ReportFixtures.Implication("BRAF V600E", therapies: ["dabrafenib"]));

        Assert.Empty(group.FindAll(".omics-opts"));
        Assert.Equal("BRAF V600E", group.Find("article.omics-imp .omics-imp__biomarker").TextContent);
        Assert.Equal("dabrafenib", group.Find("article.omics-imp .omics-imp__therapies").TextContent);
        Assert.Single(group.FindAll("article.omics-imp > details.omics-why"));
    }

    [Fact]
    public void Cards_OfPharmacogenomicAlerts_KeepDirectionsApart()
    {
        var report = ReportFixtures.Report(
        [
            ReportFixtures.Implication("DPYD", kind: ImplicationKind.Pharmacogenomic, direction: Direction.ReduceDose, therapies: ["fluorouracil"]),
            ReportFixtures.Implication("DPYD", kind: ImplicationKind.Pharmacogenomic, direction: Direction.Avoid, therapies: ["capecitabine"]),
            ReportFixtures.Implication("DPYD", kind: ImplicationKind.Pharmacogenomic, direction: Direction.ReduceDose, therapies: ["capecitabine"]),
        ]);

        var groups = ImplicationGroups.Of(report, null);

        Assert.Equal([[0, 2], [1]], groups.Pharmacogenomic.Select(g => g.Options.Select(o => o.Index).ToArray()).ToArray());
    }

    private IRenderedComponent<ImplicationOptions> Group(params Implication[] implications)
    {
        var report = ReportFixtures.Report(implications);
        var groups = ImplicationGroups.Of(report, null);
        return Render<ImplicationOptions>(p => p
            .Add(c => c.Group, groups.Sensitive.Concat(groups.Resistance).Concat(groups.Pharmacogenomic).Concat(groups.Informative).Single())
            .Add(c => c.KnowledgeBaseVersion, "kb"));
    }

    private IRenderedComponent<KeyFindings> Render(OmicsReport report, Action<ComponentParameterCollectionBuilder<KeyFindings>>? extra = null) =>
        Render<KeyFindings>(p =>
        {
            p.Add(k => k.Case, ReportFixtures.Case()).Add(k => k.Report, report);
            extra?.Invoke(p);
        });
}
