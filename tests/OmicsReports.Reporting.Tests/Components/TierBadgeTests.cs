using Bunit;
using OmicsReports.Domain.Knowledge;
using OmicsReports.Reporting.Components;

namespace OmicsReports.Reporting.Tests.Components;

public class TierBadgeTests : BunitContext
{
    [Theory]
    [InlineData(EvidenceTier.IA, "IA", "omics-tier--ia", "FDA-approved or guideline-recommended in this tumour type")]
    [InlineData(EvidenceTier.IIC, "IIC", "omics-tier--iic", "approved in another tumour type")]
    [InlineData(EvidenceTier.III, "III", "omics-tier--iii", "unknown clinical significance")]
    public void Render_Tier_ShowsLabelColourClassAndSpokenMeaning(EvidenceTier tier, string label, string cssClass, string meaning)
    {
        var badge = Render<TierBadge>(p => p.Add(b => b.Tier, tier));

        var root = badge.Find("span.omics-tier");
        Assert.Contains(cssClass, root.ClassList);
        Assert.Equal(label, badge.Find("span[aria-hidden=true]").TextContent);
        Assert.Contains(meaning, badge.Find(".omics-visually-hidden").TextContent, StringComparison.Ordinal);
        Assert.Contains(meaning, root.GetAttribute("title"), StringComparison.Ordinal);
    }

    [Fact]
    public void Description_EveryTier_IsDistinct()
    {
        var descriptions = Enum.GetValues<EvidenceTier>().Select(TierBadge.Description).ToList();

        Assert.Equal(descriptions.Count, descriptions.Distinct().Count());
    }
}
