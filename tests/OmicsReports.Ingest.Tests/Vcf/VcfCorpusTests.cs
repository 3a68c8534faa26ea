using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;
using OmicsReports.Ingest.Tests.Support;

namespace OmicsReports.Ingest.Tests.Vcf;

/// <summary>The real VCFs of the corpus: Mutect2 + VEP, vcf2maf's caller files, and PCGR's BGZF inputs.</summary>
public class VcfCorpusTests
{
    private static string Vep => Imports.Corpus("annotated_somatic_vcf", "phyloflow_A25_HCC", "VEP_raw.A25.mutect2.filtered.snp.vcf");

    private static string Vcf2Maf(string name) => Imports.Corpus("annotated_somatic_vcf", "vcf2maf_tests", name);

    [Fact]
    public async Task VepVcf_EveryAltAlleleBecomesAVariantOfTheHeadersTumourSample()
    {
        var cases = await Imports.CasesAsync(Vep);

        var a25 = Assert.Single(cases);
        Assert.Equal("A25", a25.Specimen.SampleId);
        Assert.Equal(1445, a25.Variants.Count); // 1,428 records, 16 of them multi-allelic (15 with 2 ALTs, 1 with 3)
        Assert.Equal(421, a25.Variants.Count(v => v.Passed));
        Assert.Contains(a25.Variants, v => v.Filter == "artifact_in_normal;bad_haplotype;clustered_events;contamination");
        Assert.Equal("vcf", Assert.Single(a25.Sources).Format);
    }

    [Fact]
    public async Task VepVcf_CsqIsDecodedStrippedAndHarmonized()
    {
        var a25 = Assert.Single(await Imports.CasesAsync(Vep));

        var tp53 = a25.Variants.Single(v => v.Gene == "TP53");
        Assert.Equal("R280S", tp53.Protein!.ShortForm);
        Assert.Equal(VariantConsequence.Missense, tp53.Consequence);
        Assert.Equal((8, 11), (tp53.Exon, tp53.ExonCount));
        Assert.Equal((0.331, 10, 3), (tp53.Vaf, tp53.Depth, tp53.AltReads));
        Assert.True(tp53.Passed);

        var silent = a25.Variants.Single(v => v.Position == 1635004);
        Assert.Equal("CDK11A", silent.Gene);
        Assert.Equal("K657=", silent.Protein!.ShortForm);
        Assert.Equal(ProteinChangeKind.Silent, silent.Protein.Kind);
        Assert.Equal("c.1971A>G", silent.HgvsC);
        Assert.Equal("ENST00000404249.3", silent.Transcript);
        Assert.Contains(silent.Notes, n => n.Original == "ENSP00000384442.3:p.Lys657%3D" && n.Harmonized == "p.K657=");
        Assert.Equal(318, a25.Variants.Count(v => v.Notes.Any(n => n.Original.Contains("%3D", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task VepVcf_MultiAllelicRecordSplitsPerAltWithItsOwnCountsAndAnnotation()
    {
        var a25 = Assert.Single(await Imports.CasesAsync(Vep));

        var split = a25.Variants.Where(v => v.Position == 68427876).ToList();
        Assert.Equal(["A", "T"], split.Select(v => v.Alternate));
        Assert.Equal((5, 0.068), (split[0].AltReads, split[0].Vaf));
        Assert.Equal((4, 0.056), (split[1].AltReads, split[1].Vaf));
        Assert.Equal("RP11-764K9.4", split[0].Gene);
        Assert.Null(split[1].Gene); // VEP annotated only the first ALT; nothing is guessed for the second
        var warning = Assert.Single(a25.Warnings, w => w.Code == "no-gene-annotation");
        Assert.StartsWith("22 variants lack gene annotation", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MutectVcf_TumourIsFoundByNameThoughNormalComesFirst()
    {
        var tumor = Assert.Single(await Imports.CasesAsync(Vcf2Maf("test_mutect.vcf")));

        Assert.Equal("TUMOR", tumor.Specimen.SampleId);
        Assert.Equal(471, tumor.Variants.Count); // 500 records; 29 with tumour genotype "0", no ALT reads and FA 0.00
        var second = tumor.Variants.Single(v => v.Position == 2587467);
        Assert.Equal((0.214, 14, 3), (second.Vaf, second.Depth, second.AltReads));
        Assert.All(tumor.Variants, v => Assert.Null(v.Gene));
        Assert.Equal("471 variants lack gene annotation (the file has no VEP CSQ annotation); they are kept by position only, and no gene is inferred from coordinates.",
            Assert.Single(tumor.Warnings, w => w.Code == "no-gene-annotation").Message);
        // 5 PASS records, but in 2 of them only the NORMAL column has ALT reads (TUMOR "0:14,0", "0:8,0").
        Assert.Equal(3, tumor.Variants.Count(v => v.Passed));
        Assert.DoesNotContain(tumor.Variants, v => v.Position == 21124238);
        Assert.Equal("1:2587467 T>A", second.Label);
    }

    [Fact]
    public async Task StrelkaVcf_VafComesFromTierOneBaseAndIndelCounts()
    {
        var tumor = Assert.Single(await Imports.CasesAsync(Vcf2Maf("test_strelka.vcf")));

        Assert.Equal(240, tumor.Variants.Count);
        var snv = tumor.Variants.Single(v => v.Position == 118166116); // C>A, tumour AU 25,27 CU 39,39
        Assert.Equal((25, 64, 0.3906), (snv.AltReads, snv.Depth, snv.Vaf));
        var deletion = tumor.Variants.Single(v => v.Position == 102626146); // TAR 19,19 TIR 57,58
        Assert.Equal((57, 76, 0.75), (deletion.AltReads, deletion.Depth, deletion.Vaf));
    }

    [Fact]
    public async Task VarScanVcf_PercentFrequencyAndGermlineStatus()
    {
        var tumor = Assert.Single(await Imports.CasesAsync(Vcf2Maf("test_varscan.vcf")));

        // 500 records; 11 LOH or unknown calls whose tumour is 0/0 with no ALT reads (FREQ 0%) are not tumour variants.
        Assert.Equal(489, tumor.Variants.Count);
        Assert.StartsWith("11 ALT alleles are absent from the tumour column 'TUMOR'", Assert.Single(tumor.Warnings, w => w.Code == "allele-not-in-tumor").Message, StringComparison.Ordinal);
        Assert.Equal(425, tumor.Variants.Count(v => v.Origin == VariantOrigin.Germline)); // SS=1
        Assert.Equal(63, tumor.Variants.Count(v => v.Origin == VariantOrigin.Somatic)); // SS=2 and SS=3 (LOH) with ALT reads
        var first = tumor.Variants.Single(v => v.Position == 1991014);
        Assert.Equal((0.3846, 91, 35), (first.Vaf, first.Depth, first.AltReads));
    }

    [Fact]
    public async Task DellyVcf_StructuralRecordsWithoutGenesAreNotGuessed()
    {
        var tumor = Assert.Single(await Imports.CasesAsync(Vcf2Maf("test_delly.vcf")));

        Assert.Equal("TUMOR", tumor.Specimen.SampleId);
        Assert.Empty(tumor.StructuralVariants);
        Assert.Empty(tumor.Variants);
        Assert.StartsWith("15 structural-variant records name no gene", Assert.Single(tumor.Warnings, w => w.Code == "sv-without-genes").Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("T001-COAD.grch38.vcf.gz", 3313)]
    [InlineData("T001-BRCA.grch38.vcf.gz", 196)]
    public async Task PcgrBgzfVcf_EveryMemberIsRead(string name, int records)
    {
        var tumor = Assert.Single(await Imports.CasesAsync(Imports.Corpus("pcgr_examples", name)));

        Assert.Equal(records, tumor.Variants.Count);
        Assert.All(tumor.Variants, v => Assert.True(v.Passed));
        Assert.StartsWith($"{records} variants lack gene annotation", Assert.Single(tumor.Warnings, w => w.Code == "no-gene-annotation").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PcgrVcf_TvafAndAdtGiveTheReadSupport()
    {
        var tumor = Assert.Single(await Imports.CasesAsync(Imports.Corpus("pcgr_examples", "T001-COAD.grch38.vcf.gz")));

        Assert.Equal("TCGA-A6-2686-01A-01D-1408-10_TCGA-A6-2686-10A-01D-2188-10", tumor.Specimen.SampleId);
        var first = tumor.Variants[0];
        Assert.Equal(("1", 1042010L, "G", "A"), (first.Chromosome, first.Position!.Value, first.Reference, first.Alternate));
        Assert.Equal((0.2759, 29, 8), (first.Vaf, first.Depth, first.AltReads));
        Assert.Equal(3313, tumor.Variants[^1].Source.Line - tumor.Variants[0].Source.Line + 1);
    }
}
