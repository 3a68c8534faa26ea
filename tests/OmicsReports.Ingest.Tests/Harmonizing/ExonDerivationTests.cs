using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Tests.Reference;

namespace OmicsReports.Ingest.Tests.Harmonizing;

/// <summary>
/// Exons, introns, splice sites and frames derived from c. and p. notation on the shipped transcript table, for the
/// forms files really write (vcf2maf's p.X1010_splice, intronic c. positions, ITDs written as insertions).
/// </summary>
public class ExonDerivationTests
{
    [Fact]
    public void MetDonorPlusOne_WithoutTranscript_IsExon14DonorOnTheManeTranscript()
    {
        var location = ShippedTranscripts.Locate("MET", "c.3028+1G>T", "p.X1010_splice");

        Assert.NotNull(location);
        Assert.Equal(("NM_000245.4", TranscriptChoice.Canonical), (location.Transcript, location.Choice));
        Assert.Equal((14, 14), (location.Splice!.Exon, location.Intron));
        Assert.Equal((SpliceSide.Donor, "+1", true), (location.Splice.Side!.Value, location.Splice.Position, location.Splice.Canonical));
        Assert.StartsWith("Exon 14 splice donor (+1), from c.3028+1G>T on NM_000245.4 (MANE Select", location.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void MetDonorOnTheLongIsoform_DoesNotFitMane_IsPlacedOnNm001127500()
    {
        var location = ShippedTranscripts.Locate("MET", "c.3082+1G>T", "p.X1028_splice");

        Assert.NotNull(location);
        Assert.Equal(("NM_001127500", TranscriptChoice.Alternate, 14), (location.Transcript, location.Choice, location.Intron));
        Assert.Contains("c.3082 is not the last base of an inner exon of NM_000245.4", location.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("p.X1010_splice", "NM_000245.4")]
    [InlineData("p.X1028_splice", "NM_001127500")]
    [InlineData("p.X963_splice", "NM_000245.4")]
    public void MetSpliceCodonAlone_IsTheIntronAtThatExonBoundary(string protein, string transcript)
    {
        var location = ShippedTranscripts.Locate("MET", null, protein);

        Assert.NotNull(location);
        Assert.Equal(transcript, location.Transcript);
        Assert.True(location.IsCanonicalSplice);
        Assert.Contains(location.Intron, new int?[] { 13, 14 });
    }

    [Theory]
    [InlineData("c.2888-2A>G", SpliceSide.Acceptor, 13, true)]
    [InlineData("c.2888-1G>C", SpliceSide.Acceptor, 13, true)]
    [InlineData("c.3028+2T>C", SpliceSide.Donor, 14, true)]
    [InlineData("c.3028+3A>G", SpliceSide.Donor, 14, false)]
    [InlineData("c.2888-10T>A", SpliceSide.Acceptor, 13, false)]
    public void MetSplicePositions_AreClassifiedByOffset(string hgvsc, SpliceSide side, int intron, bool canonical)
    {
        var location = ShippedTranscripts.Locate("MET", hgvsc);

        Assert.NotNull(location?.Splice);
        Assert.Equal((side, 14, intron, canonical), (location.Splice.Side!.Value, location.Splice.Exon!.Value, location.Intron!.Value, location.Splice.Canonical));
    }

    [Theory]
    [InlineData("c.3020_3028+10del", SpliceSide.Donor, 14)]
    [InlineData("c.3024_3028+3delinsA", SpliceSide.Donor, 14)]
    [InlineData("c.2888-5_2890del", SpliceSide.Acceptor, 13)]
    [InlineData("c.2888-18_2888-2del", SpliceSide.Acceptor, 13)]
    [InlineData("c.3028+1_3028+12del", SpliceSide.Donor, 14)]
    public void MetDeletionsAcrossOrIntoTheSpliceSites_AreCanonical(string hgvsc, SpliceSide side, int intron)
    {
        var location = ShippedTranscripts.Locate("MET", hgvsc);

        Assert.NotNull(location?.Splice);
        Assert.True(location.IsCanonicalSplice, location.Explanation);
        Assert.Equal((side, intron), (location.Splice.Side!.Value, location.Intron!.Value));
    }

    [Fact]
    public void MetDeepIntronicVariant_IsIntron13WithoutSpliceSite()
    {
        var location = ShippedTranscripts.Locate("MET", "c.2888-40C>T");

        Assert.Equal((13, (SpliceSite?)null), (location!.Intron!.Value, location.Splice));
    }

    [Theory]
    [InlineData("EGFR", "c.2235_2249del", "p.E746_A750del", 19, FrameEffect.InFrameDeletion)]
    [InlineData("EGFR", null, "p.Glu746_Ala750del", 19, FrameEffect.InFrameDeletion)]
    [InlineData("EGFR", null, "p.L747_P753delinsS", 19, FrameEffect.InFrameDeletion)]
    [InlineData("EGFR", "c.2300_2308dup", "p.A767_V769dup", 20, FrameEffect.InFrameInsertion)]
    [InlineData("EGFR", null, "p.D770_N771insSVD", 20, FrameEffect.InFrameInsertion)]
    [InlineData("KIT", null, "p.W557_K558del", 11, FrameEffect.InFrameDeletion)]
    [InlineData("KIT", "c.1669_1674del", null, 11, FrameEffect.InFrameDeletion)]
    [InlineData("KIT", null, "p.A502_Y503dup", 9, FrameEffect.InFrameInsertion)]
    [InlineData("FLT3", null, "p.Y591_V592insDPVDFREYEY", 14, FrameEffect.InFrameInsertion)]
    [InlineData("PDGFRA", null, "p.D842_H845del", 18, FrameEffect.InFrameDeletion)]
    [InlineData("ERBB2", null, "p.A775_G776insYVMA", 20, FrameEffect.InFrameInsertion)]
    public void ExonDefinedBiomarkers_WithoutExonColumn_GetTheirExon(string gene, string? hgvsc, string? hgvsp, int exon, FrameEffect frame)
    {
        var location = ShippedTranscripts.Locate(gene, hgvsc, hgvsp);

        Assert.NotNull(location);
        Assert.Equal((exon, frame), (location.Exon!.Value, location.Frame));
    }

    [Fact]
    public void Flt3DuplicationOfTwentySevenBases_IsAnInFrameTandemDuplicationInExon14()
    {
        var location = ShippedTranscripts.Locate("FLT3", "c.1775_1801dup");

        Assert.NotNull(location);
        Assert.True(location.TandemDuplication);
        Assert.Equal((14, FrameEffect.InFrameInsertion), (location.Exon!.Value, location.Frame));
        Assert.Contains("in-frame tandem duplication of 27 bases (9 codons)", location.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NM_001127500.3", "c.3082+1G>T", 14)]
    [InlineData("NM_001127500", "c.3082+1G>T", 14)]
    public void TranscriptTheFileNames_IsUsed(string transcript, string hgvsc, int intron)
    {
        var location = ShippedTranscripts.Locate("MET", hgvsc, transcript: transcript);

        Assert.Equal((TranscriptChoice.NamedByFile, intron), (location!.Choice, location.Intron!.Value));
    }

    [Fact]
    public void TranscriptTheFileNames_WhenTheNotationDoesNotFitIt_IsNotSwappedForAnother()
    {
        var location = ShippedTranscripts.Locate("MET", "c.3082+1G>T", transcript: "NM_000245.4");

        Assert.Equal((TranscriptChoice.None, (int?)null), (location!.Choice, location.Intron));
        Assert.True(location.IsCanonicalSplice);
        Assert.Contains("exon not derived", location.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void FileExonThatDiffers_IsKeptAndReported()
    {
        var location = ShippedTranscripts.Locate("EGFR", null, "p.E746_A750del", fileExon: 20);

        Assert.Equal(19, location!.Exon);
        Assert.Equal("the file gives exon 20, but p.E746_A750del is in exon 19 of NM_005228.5", location.Disagreement);
    }

    [Fact]
    public void GeneWithoutTranscript_StillGetsItsSpliceSiteFromTheOffset()
    {
        var location = ShippedTranscripts.Locate("NOTAGENE", "c.100+1G>A");

        Assert.NotNull(location);
        Assert.True(location.IsCanonicalSplice);
        Assert.Equal((TranscriptChoice.None, (int?)null), (location.Choice, location.Exon));
    }

    [Fact]
    public void Frameshift_FromCodingLengths_IsAFrameshift()
    {
        var location = ShippedTranscripts.Locate("BRCA2", "c.5946del", "p.S1982Rfs*22");

        Assert.Equal(FrameEffect.Frameshift, location!.Frame);
        Assert.NotNull(location.Exon);
    }
}
