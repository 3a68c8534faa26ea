using System.Globalization;
using Bunit;
using OmicsReports.Domain.Cases;
using OmicsReports.Web.Features.Report.Tabs;

namespace OmicsReports.Web.Tests.Components;

/// <summary>The VAF plot: counts on a whole-number axis, and the tumour purity marked.</summary>
public sealed class VafPlotTests : MudContext
{
    [Fact]
    public void Axis_CountsInWholeNumbers_AndPurityAndHalfOfItAreMarked()
    {
        var variants = new[] { 0.05, 0.21, 0.22, 0.23, 0.24, 0.41 }
            .Select((vaf, i) => new SmallVariant { Gene = "G" + i, Vaf = vaf, Source = new SourceLocation("v.maf", i + 2) }).ToList();

        var plot = Context.Render<VafPlot>(p => p.Add(v => v.Variants, variants).Add(v => v.Purity, 0.46));

        var numbers = plot.FindAll("svg text").Select(t => t.TextContent.Trim())
            .Where(t => double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out _) && !t.Contains('.', StringComparison.Ordinal) && t.Length > 0).ToList();
        Assert.NotEmpty(numbers);
        Assert.DoesNotContain(plot.FindAll("svg text").Select(t => t.TextContent.Trim()), t => t.StartsWith("0.5", StringComparison.Ordinal) || t == "1.5" || t == "2.5");
        var marker = plot.Find("g.omics-vaf__purity");
        Assert.Equal(2, marker.QuerySelectorAll("line").Length);
        Assert.Contains("tumour purity 46%", plot.Find("figcaption").TextContent, StringComparison.Ordinal);
        Assert.Contains("half of it (23%)", plot.Find(".omics-vaf__legend").TextContent, StringComparison.Ordinal);
        Assert.Equal("4", plot.FindAll("table tbody tr").Single(r => r.QuerySelector("td")!.TextContent == "0.20").QuerySelectorAll("td")[1].TextContent);
    }

    [Fact]
    public void WithoutPurity_NothingIsMarked()
    {
        var plot = Context.Render<VafPlot>(p => p.Add(v => v.Variants, [new SmallVariant { Gene = "G", Vaf = 0.3, Source = new SourceLocation("v.maf", 2) }]));

        Assert.Empty(plot.FindAll("g.omics-vaf__purity"));
    }
}
