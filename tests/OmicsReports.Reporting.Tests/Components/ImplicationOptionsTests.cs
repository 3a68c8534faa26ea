using Bunit;
using Microsoft.AspNetCore.Components;
using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Reports;
using OmicsReports.Reporting.Components;

namespace OmicsReports.Reporting.Tests.Components;

/// <summary>Regimens for one biomarker and tier fold into one option group; nothing is dropped, hidden or re-ranked.</summary>
public class ImplicationOptionsTests : MudComponentTests
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

        var group = panel.Find("section[aria-labelledby=kf-therapies] .omics-opts[role=article]");
        Assert.StartsWith("EGFR L858R: afatinib, ", group.GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Equal("afatinib", group.QuerySelector(".omics-opts__named")!.TextContent);
        Assert.Equal("+2 alternatives", group.QuerySelector(".omics-opts__count")!.TextContent);
        Assert.Empty(group.QuerySelectorAll(".omics-imp__head .omics-opts__therapy"));
        Assert.Single(panel.FindAll(".omics-imp__biomarker"));
        Assert.Single(group.QuerySelectorAll("button.omics-why__toggle"));

        group.QuerySelector("button.omics-why__toggle")!.Click();

        var opened = panel.Find(".omics-opts[role=article]");
        Assert.Equal(["afatinib", "osimertinib", "amivantamab + lazertinib"], opened.QuerySelectorAll(".omics-why [role=article] .omics-imp__therapies").Select(e => e.TextContent).ToList());
        Assert.Equal(3, opened.QuerySelectorAll(".omics-why__rationale").Length);
        Assert.Single(opened.QuerySelectorAll("button.omics-why__toggle"));
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

        Assert.Single(panel.FindAll(".omics-opts[role=article]"));
        Assert.Equal("BRAF V600E, BRAF V600E or V600K", panel.Find(".omics-opts[role=article] .omics-imp__biomarker").TextContent.Trim());
        Assert.Equal(["NRAS Q61K", "BRAF V600E"], panel.FindAll("section[aria-labelledby=kf-therapies] .omics-card > .omics-imp[role=article] .omics-imp__biomarker").Select(e => e.TextContent.Trim()).ToList());
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

        var biomarkers = panel.FindAll("section[aria-labelledby=kf-therapies] .omics-imp__biomarker").Select(e => e.TextContent.Trim()).ToList();
        Assert.Equal(["BRAF V600E", "TMB high", "NRAS Q61K"], biomarkers);
        for (var i = 0; i < panel.FindAll(".omics-opts[role=article]").Count; i++)
        {
            panel.FindAll(".omics-opts[role=article] > .omics-imp__head button.omics-why__toggle")[i].Click();
        }

        var lists = panel.FindAll(".omics-opts[role=article]").Select(g => string.Join("|", g.QuerySelectorAll(".omics-why .omics-imp__therapies").Select(e => e.TextContent))).ToList();
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

        panel.Find("section[aria-labelledby=kf-therapies] .omics-opts[role=article] button.omics-why__toggle").Click();
        var group = panel.Find("section[aria-labelledby=kf-therapies] .omics-opts[role=article]");
        Assert.Equal(["dabrafenib", "encorafenib + binimetinib"], group.QuerySelectorAll(".omics-why .omics-imp__therapies").Select(e => e.TextContent).ToList());
        Assert.Contains("Hidden by the pathologist (1)", panel.Find(".omics-kf__hidden").TextContent, StringComparison.Ordinal);
        panel.Find(".omics-kf__hidden .mud-expand-panel-header").Click();
        var hidden = panel.Find(".omics-kf__hidden");
        Assert.Equal("vemurafenib", hidden.QuerySelector(".omics-imp__therapies")!.TextContent);
        Assert.Equal("Hidden by the pathologist: Single agent not preferred", hidden.QuerySelector(".omics-imp__hidden")!.TextContent.Trim());
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

        panel.Find(".omics-opts button.omics-why__toggle").Click();
        var group = panel.Find(".omics-opts[role=article]");
        Assert.Equal(["0", "2"], group.QuerySelectorAll(".omics-why .omics-imp__actions button.act").Select(b => b.TextContent).ToList());
        Assert.Equal(["0", "2", "1"], panel.FindAll("button.act").Select(b => b.TextContent).ToList());
    }

    [Fact]
    public void KeyFindings_OpenEvidence_OpensTheGroupsWhy()
    {
        var report = ReportFixtures.Report([ReportFixtures.Implication("BRAF V600E", therapies: ["a"]), ReportFixtures.Implication("BRAF V600E", therapies: ["b"])]);

        var closed = Render(report);
        var open = Render(report, p => p.Add(k => k.OpenEvidence, true));

        Assert.Equal("false", closed.Find(".omics-opts button.omics-why__toggle").GetAttribute("aria-expanded"));
        Assert.Equal("true", open.Find(".omics-opts button.omics-why__toggle").GetAttribute("aria-expanded"));
        Assert.Equal(2, open.FindAll(".omics-opts .omics-why__rationale").Count);
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

        Assert.Equal("Halve the dose", same.Find(".omics-opts > .omics-imp__dose").TextContent.Trim());
        Assert.Equal("PGx", same.Find(".omics-opts .omics-pgx-tag").TextContent.Trim());
        Assert.Equal("Reduce dose", same.Find(".omics-opts .omics-imp__head .omics-direction").TextContent.Trim());
        Assert.Equal("2 drugs:", same.Find(".omics-opts__count").TextContent);
        // Each drug's own instruction on the card itself: nothing says "see Why?".
        Assert.Equal(["irinotecan: Start at 70%", "belinostat: Start at 750 mg/m2"],
            different.FindAll(".omics-opts > .omics-imp__dose").Select(e => e.TextContent.Trim()).ToList());
        Assert.DoesNotContain("Why?", string.Join(" ", different.FindAll(".omics-imp__dose").Select(e => e.TextContent)), StringComparison.Ordinal);
    }

    [Fact]
    public void Group_AgainstTheDrugs_IsNotCalledOptions_AndItsBadgeIsNotGreen()
    {
        var avoid = Group(
            ReportFixtures.Implication("BRAF V600E", EvidenceTier.IB, Direction.Resistant, therapies: ["cetuximab"]),
            ReportFixtures.Implication("BRAF V600E", EvidenceTier.IB, Direction.Resistant, therapies: ["panitumumab"]));

        Assert.Equal("2 drugs to avoid:", avoid.Find(".omics-opts__count").TextContent);
        Assert.Equal("BRAF V600E: 2 drugs to avoid, Resistance, tier IB", avoid.Find(".omics-opts").GetAttribute("aria-label"));
        Assert.DoesNotContain("option", avoid.Find(".omics-opts").TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("var(--omics-resistance)", avoid.Find(".omics-tier").GetAttribute("style"), StringComparison.Ordinal);
    }

    [Fact]
    public void Group_OfOne_IsTheOrdinaryCard()
    {
        var group = Group(ReportFixtures.Implication("BRAF V600E", therapies: ["dabrafenib"]));

        Assert.Empty(group.FindAll(".omics-opts"));
        Assert.Equal("BRAF V600E", group.Find(".omics-imp[role=article] .omics-imp__biomarker").TextContent);
        Assert.Equal("dabrafenib", group.Find(".omics-imp[role=article] .omics-imp__therapies").TextContent);
        Assert.Single(group.FindAll("button.omics-why__toggle"));
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
