using OmicsReports.Domain.Cases;

namespace OmicsReports.Domain.Tests.Cases;

public class ProfilingTests
{
    private static readonly Profiling PanelWithoutEgfr = new(
    [
        new LayerCoverage(Layer.SmallVariants, "panel-1", new HashSet<string> { "KRAS", "BRAF" }),
        new LayerCoverage(Layer.CopyNumber, null, null),
    ]);

    [Theory]
    [InlineData(Layer.SmallVariants, "KRAS", TestStatus.Tested)]
    [InlineData(Layer.SmallVariants, "EGFR", TestStatus.NotTested)]
    [InlineData(Layer.CopyNumber, "EGFR", TestStatus.Tested)]
    [InlineData(Layer.StructuralVariants, "ALK", TestStatus.NotTested)]
    public void StatusOf_GeneOutsidePanelOrLayerNotAssessed_IsNotTested(Layer layer, string gene, TestStatus expected)
    {
        Assert.Equal(expected, PanelWithoutEgfr.StatusOf(layer, gene));
    }

    [Fact]
    public void StatusOf_WholeSampleBiomarkerNeverAssessed_IsNotTested()
    {
        Assert.Equal(TestStatus.NotTested, PanelWithoutEgfr.StatusOf(Layer.Msi));
        Assert.Equal(TestStatus.NotTested, Profiling.None.StatusOf(Layer.Tmb));
    }
}
