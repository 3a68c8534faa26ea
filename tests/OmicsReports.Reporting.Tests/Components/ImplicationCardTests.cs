using Bunit;
using Microsoft.AspNetCore.Components;
using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Reports;
using OmicsReports.Reporting.Components;

namespace OmicsReports.Reporting.Tests.Components;

public class ImplicationCardTests : MudComponentTests
{
    [Fact]
    public void Render_SensitiveTherapy_ShowsTierBiomarkerTherapies_AndNamesThemForAssistiveTechnology()
    {
        var card = Render<ImplicationCard>(p => p
            .Add(c => c.Implication, ReportFixtures.Implication())
            .Add(c => c.KnowledgeBaseVersion, "kb-test-7"));

        var article = card.Find("[role=article]");
        Assert.Contains("omics-imp--sensitive", article.ClassList);
        Assert.Equal("BRAF V600E: drug-a + drug-b, Benefit expected, tier IA", article.GetAttribute("aria-label"));
        Assert.Equal("IA", card.Find(".omics-tier span[aria-hidden=true]").TextContent);
        Assert.Equal("BRAF V600E", card.Find(".omics-imp__biomarker").TextContent);
        Assert.Equal("drug-a + drug-b", card.Find(".omics-imp__therapies").TextContent);
        Assert.Empty(card.FindAll(".omics-direction"));
    }

    [Fact]
    public void Why_ByDefault_IsClosed_AndTheButtonSaysSo()
    {
        var card = Render<ImplicationCard>(p => p
            .Add(c => c.Implication, ReportFixtures.Implication())
            .Add(c => c.KnowledgeBaseVersion, "kb"));

        var toggle = card.Find("button.omics-why__toggle");
        Assert.Equal("false", toggle.GetAttribute("aria-expanded"));
        Assert.Equal("Why? BRAF V600E", toggle.GetAttribute("aria-label"));
        Assert.Empty(card.FindAll(".omics-why__rationale"));
    }

    [Fact]
    public void Why_Pressed_ShowsEvidenceRationaleMatchedFindingsReferencesRuleAndKnowledgeBase()
    {
        var card = Render<ImplicationCard>(p => p
            .Add(c => c.Implication, ReportFixtures.Implication())
            .Add(c => c.KnowledgeBaseVersion, "kb-test-7"));

        card.Find("button.omics-why__toggle").Click();

        var toggle = card.Find("button.omics-why__toggle");
        Assert.Equal("true", toggle.GetAttribute("aria-expanded"));
        var why = card.Find($"#{toggle.GetAttribute("aria-controls")}");
        Assert.Contains("Level 1 · Test source · evidence in this tumour type", why.QuerySelector(".omics-imp__meta")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Rationale for BRAF V600E.", card.Find(".omics-why__rationale").TextContent.Trim());
        Assert.Contains("test.maf:12", why.TextContent, StringComparison.Ordinal);
        Assert.Equal("protein change reported as p.Val600Glu (three-letter amino-acid code)", card.Find(".omics-reported-as").TextContent.Trim());
        Assert.Equal("https://example.org/123", card.Find(".omics-why__list a").GetAttribute("href"));
        Assert.Contains("Rule rule.test.1 · knowledge base kb-test-7", card.Find(".omics-why__rule").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_FromTheParent_ShowsTheAnswerAtOnce()
    {
        var card = Render<ImplicationCard>(p => p
            .Add(c => c.Implication, ReportFixtures.Implication())
            .Add(c => c.KnowledgeBaseVersion, "kb")
            .Add(c => c.Open, true));

        Assert.Equal("true", card.Find("button.omics-why__toggle").GetAttribute("aria-expanded"));
        Assert.NotNull(card.Find(".omics-why__rationale"));
    }

    [Theory]
    [InlineData(Direction.Resistant, ImplicationKind.Therapeutic, "omics-imp--resistance", "Resistance")]
    [InlineData(Direction.Avoid, ImplicationKind.Therapeutic, "omics-imp--resistance", "Avoid")]
    [InlineData(Direction.ReduceDose, ImplicationKind.Pharmacogenomic, "omics-imp--pgx", "Reduce dose")]
    [InlineData(Direction.Alternative, ImplicationKind.Pharmacogenomic, "omics-imp--pgx", "Choose an alternative")]
    public void Render_AgainstOrDoseDirections_AreStyledApartAndSayTheirDirection(Direction direction, ImplicationKind kind, string cssClass, string words)
    {
        var card = Render<ImplicationCard>(p => p
            .Add(c => c.Implication, ReportFixtures.Implication(direction: direction, kind: kind))
            .Add(c => c.KnowledgeBaseVersion, "kb"));

        Assert.Contains(cssClass, card.Find("[role=article]").ClassList);
        Assert.Equal(words, card.Find(".omics-direction").TextContent.Trim());
    }

    [Fact]
    public void Render_ResistanceAtTierIA_CarriesNoGreenBadge()
    {
        var card = Render<ImplicationCard>(p => p
            .Add(c => c.Implication, ReportFixtures.Implication("KRAS G12D", EvidenceTier.IA, Direction.Resistant))
            .Add(c => c.KnowledgeBaseVersion, "kb"));

        var style = card.Find(".omics-tier").GetAttribute("style")!;
        Assert.Contains("var(--omics-resistance)", style, StringComparison.Ordinal);
        Assert.DoesNotContain("--omics-tier-ia", style, StringComparison.Ordinal);
        Assert.Contains("var(--omics-resistance)", card.Find("[role=article]").GetAttribute("style"), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PharmacogenomicAlert_ShowsPgxTagAndDoseInsteadOfTierBadge()
    {
        var card = Render<ImplicationCard>(p => p
            .Add(c => c.Implication, ReportFixtures.Implication("DPYD activity score 1.0", direction: Direction.ReduceDose,
                kind: ImplicationKind.Pharmacogenomic, therapies: ["capecitabine"], dose: "Reduce the starting dose by 50%"))
            .Add(c => c.KnowledgeBaseVersion, "kb"));

        Assert.Equal("PGx", card.Find(".omics-pgx-tag").TextContent.Trim());
        Assert.Empty(card.FindAll(".omics-tier"));
        Assert.Equal("Reduce the starting dose by 50%", card.Find(".omics-imp__dose").TextContent.Trim());
    }

    [Fact]
    public void Render_HiddenWithActions_ShowsReasonAndTheScreenControls()
    {
        RenderFragment actions = b => b.AddMarkupContent(0, "<button id=\"hide\">Hide</button>");
        var card = Render<ImplicationCard>(p => p
            .Add(c => c.Implication, ReportFixtures.Implication(tier: EvidenceTier.IIC))
            .Add(c => c.KnowledgeBaseVersion, "kb")
            .Add(c => c.HiddenReason, "Not relevant: patient declined")
            .Add(c => c.Actions, actions)
            .Add(c => c.Open, true));

        Assert.Equal("Hidden by the pathologist: Not relevant: patient declined", card.Find(".omics-imp__hidden").TextContent.Trim());
        Assert.NotNull(card.Find(".omics-imp__actions #hide"));
        Assert.Contains("evidence in another tumour type", card.Find(".omics-imp__meta").TextContent, StringComparison.Ordinal);
    }
}
