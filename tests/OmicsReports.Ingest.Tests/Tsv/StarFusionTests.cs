using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Tests.Support;

namespace OmicsReports.Ingest.Tests.Tsv;

/// <summary>STAR-Fusion's predictions table (a hand-written file in its published layout).</summary>
public class StarFusionTests
{
    private const string Predictions =
        "#FusionName\tJunctionReadCount\tSpanningFragCount\tSpliceType\tLeftGene\tLeftBreakpoint\tRightGene\tRightBreakpoint\tLargeAnchorSupport\tFFPM\tPROT_FUSION_TYPE\n" +
        "EML4--ALK\t31\t12\tONLY_REF_SPLICE\tEML4^ENSG00000085832.17\tchr2:42295554:+\tALK^ENSG00000171094.19\tchr2:29223528:-\tYES_LDAS\t3.1\tINFRAME\n" +
        "TMPRSS2--ERG\t4\t0\tONLY_REF_SPLICE\tTMPRSS2^ENSG00000184012.12\tchr21:41464551:-\tERG^ENSG00000157554.19\tchr21:38366039:-\tNO_LDAS\t0.4\tFRAMESHIFT\n";

    [Fact]
    public async Task Predictions_LeftGeneIsFivePrimeWithReadsAndFrame()
    {
        using var folder = new TempFolder();

        var sample = Assert.Single(await Imports.CasesAsync(folder.Write("star-fusion.fusion_predictions.abridged.tsv", Predictions)));

        Assert.Equal(2, sample.StructuralVariants.Count);
        var eml4 = sample.StructuralVariants[0];
        Assert.Equal("EML4::ALK", eml4.Label);
        Assert.True(eml4.OrderIsFivePrimeToThreePrime);
        Assert.Equal((43, FusionFrame.InFrame), (eml4.SupportingReads, eml4.Frame));
        Assert.Equal(("2:42295554", "2:29223528"), (eml4.BreakpointA, eml4.BreakpointB));
        Assert.Equal(FusionFrame.OutOfFrame, sample.StructuralVariants[1].Frame);
        Assert.Equal("star-fusion", Assert.Single(sample.Sources).Format);
    }
}
