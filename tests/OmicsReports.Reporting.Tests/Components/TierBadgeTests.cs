using Bunit;
using OmicsReports.Domain.Knowledge;
using OmicsReports.Reporting.Components;
using OmicsReports.Reporting.Print;

namespace OmicsReports.Reporting.Tests.Components;

public class TierBadgeTests : MudComponentTests
{
    [Theory]
    [InlineData(EvidenceTier.IA, "IA", "omics-tier--ia", "FDA-approved or guideline-recommended in this tumour type")]
    [InlineData(EvidenceTier.IIC, "IIC", "omics-tier--iic", "approved in another tumour type")]
    [InlineData(EvidenceTier.III, "III", "omics-tier--iii", "unknown clinical significance")]
    public void Render_Tier_ShowsLabelColourAndSpokenMeaning(EvidenceTier tier, string label, string cssClass, string meaning)
    {
        var badge = Render<TierBadge>(p => p.Add(b => b.Tier, tier));

        var root = badge.Find(".mud-chip.omics-tier");
        Assert.Contains(cssClass, root.ClassList);
        Assert.Contains($"var(--omics-tier-{tier.ToString().ToLowerInvariant()})", root.GetAttribute("style"), StringComparison.Ordinal);
        Assert.Equal(label, badge.Find("span[aria-hidden=true]").TextContent);
        Assert.Contains(meaning, badge.Find(".omics-visually-hidden").TextContent, StringComparison.Ordinal);
        Assert.Contains(meaning, root.GetAttribute("title"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(EvidenceTier.IA)]
    [InlineData(EvidenceTier.IB)]
    public void Render_AgainstADrug_IsNeverGreen_ButStillSaysTheTier(EvidenceTier tier)
    {
        var badge = Render<TierBadge>(p => p.Add(b => b.Tier, tier).Add(b => b.Against, true));

        var style = badge.Find(".omics-tier").GetAttribute("style")!;
        Assert.Contains("var(--omics-resistance)", style, StringComparison.Ordinal);
        Assert.DoesNotContain("--omics-tier-", style, StringComparison.Ordinal);
        Assert.Equal(tier.ToString(), badge.Find("span[aria-hidden=true]").TextContent);
    }

    [Fact]
    public void PrintBadge_AgainstADrug_TakesTheResistanceClass()
    {
        var badge = Render<PrintTierBadge>(p => p.Add(b => b.Tier, EvidenceTier.IA).Add(b => b.Against, true));

        Assert.Contains("omics-tier--against", badge.Find("span.omics-tier").ClassList);
    }

    [Fact]
    public void Description_EveryTier_IsDistinct()
    {
        var descriptions = Enum.GetValues<EvidenceTier>().Select(TierBadge.Description).ToList();

        Assert.Equal(descriptions.Count, descriptions.Distinct().Count());
    }
}
