using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;
using OmicsReports.Ingest.Tests.Support;

namespace OmicsReports.Ingest.Tests.Formats;

public class MafReaderTests
{
    [Fact]
    public async Task StudyMafAlone_AllRowsBecomeVariantsPerSample()
    {
        var cases = await Imports.CasesAsync(Imports.Corpus("cbioportal_study_es_0", "study_es_0", "data_mutations_extended.maf"));

        Assert.Equal(36, cases.Sum(c => c.Variants.Count));
        Assert.Equal(21, cases.Count);
        var a0sb = cases.Case("TCGA-A1-A0SB-01");
        var tp53 = a0sb.Variants.Single(v => v.Gene == "TP53" && v.Protein?.Kind == ProteinChangeKind.Substitution);
        Assert.Equal("G199V", tp53.Protein!.ShortForm);
        Assert.Equal("c.596G>T", tp53.HgvsC);
        Assert.Equal(6, tp53.Exon);
        Assert.Equal(11, tp53.ExonCount);
        Assert.Contains(tp53.Notes, n => n.Field == "exon" && n.Original == "11-Jun" && n.Harmonized == "6/11");
    }

    [Fact]
    public async Task StudyMaf_FrameshiftSpliceAndReadCounts_AreHarmonized()
    {
        var cases = await Imports.CasesAsync(Imports.Corpus("cbioportal_study_es_0", "study_es_0", "data_mutations_extended.maf"));
        var a0sb = cases.Case("TCGA-A1-A0SB-01");

        var tmem = a0sb.Variants.Single(v => v.Gene == "TMEM247");
        Assert.Equal(ProteinChangeKind.Frameshift, tmem.Protein!.Kind);
        Assert.Equal("A155Rfs*59", tmem.Protein.ShortForm);
        Assert.Equal(VariantConsequence.FrameshiftDeletion, tmem.Consequence);
        Assert.Equal(10, tmem.Depth);
        Assert.Equal(3, tmem.AltReads);
        Assert.Equal(0.3, tmem.Vaf);

        var splice = a0sb.Variants.Single(v => v.Protein?.Kind == ProteinChangeKind.Splice);
        Assert.Equal("X331_splice", splice.Protein!.ShortForm);
        Assert.Equal(9, splice.Intron);

        var atm = a0sb.Variants.Single(v => v.HgvsC == "c.409delT");
        Assert.Equal((5, 63), (atm.Exon, atm.ExonCount));
    }
}
