using System.Globalization;
using Bunit;
using OmicsReports.Reporting.Components;

namespace OmicsReports.Reporting.Tests.Components;

public class TmbGaugeTests : MudComponentTests
{
    [Theory]
    [InlineData(5, true)]
    [InlineData(14.2, false)]
    public void Marker_SitsOnTheCorrectSideOfTheTenMutPerMbThreshold(double value, bool belowThreshold)
    {
        var gauge = Render<TmbGauge>(p => p.Add(g => g.Value, value));

        var marker = double.Parse(gauge.Find("circle").GetAttribute("cx")!, CultureInfo.InvariantCulture);
        var threshold = double.Parse(gauge.Find("line").GetAttribute("x1")!, CultureInfo.InvariantCulture);
        Assert.Equal(belowThreshold, marker < threshold);
        Assert.Contains("TMB-high threshold 10 mut/Mb", gauge.Find("svg").GetAttribute("aria-label"), StringComparison.Ordinal);
    }

    [Fact]
    public void Scale_ExtendsPastFortyForAHypermutatedTumour()
    {
        var gauge = Render<TmbGauge>(p => p.Add(g => g.Value, 48.3));

        Assert.Contains("on a scale to 50", gauge.Find("svg").GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Equal("193.2", gauge.Find("circle").GetAttribute("cx"));
    }
}
