namespace OmicsReports.Ingest.Tests.Vcf;

/// <summary>Hand-written VCFs for the rules the corpus does not exercise (several transcripts per allele).</summary>
internal static class VcfFixtures
{
    private const string Csq = "Allele|Consequence|SYMBOL|Feature|EXON|HGVSc|HGVSp|CANONICAL|MANE_SELECT";

    public const string Header =
        "##fileformat=VCFv4.2\n" +
        "##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Consequence annotations from Ensembl VEP. Format: " + Csq + "\">\n" +
        "##tumor_sample=T1\n" +
        "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tN1\tT1\n";

    /// <summary>
    /// Line 5: BRAF with a canonical second transcript. Line 6: KRAS with two ALTs. Line 7: a TP53 deletion whose
    /// second transcript is MANE Select. Line 8: an EGFR change whose first entry has no protein change.
    /// </summary>
    public const string Annotated = Header +
        "7\t140753336\t.\tA\tT\t.\tPASS\tCSQ=T|missense_variant|BRAF|ENST00000644969|15/19|ENST00000644969.2:c.1919T>A|ENSP00000493543.1:p.Val640Glu||," +
        "T|missense_variant|BRAF|ENST00000646891|15/18|ENST00000646891.2:c.1799T>A|ENSP00000493543.1:p.Val600Glu|YES|\tGT:AD\t0/0:30,0\t0/1:60,40\n" +
        "12\t25245350\t.\tC\tA,T\t.\tPASS\tCSQ=A|missense_variant|KRAS|ENST00000311936|2/5|ENST00000311936.8:c.35G>T|ENSP00000308495.3:p.Gly12Val|YES|," +
        "T|missense_variant|KRAS|ENST00000311936|2/5|ENST00000311936.8:c.35G>A|ENSP00000308495.3:p.Gly12Asp|YES|\tGT:AD\t0/0:20,0,0\t0/1/2:50,30,20\n" +
        "17\t7675088\t.\tCG\tC\t.\tgermline_risk\tCSQ=-|frameshift_variant|TP53|ENST00000413465|5/7|ENST00000413465.6:c.524del|ENSP00000410739.2:p.Arg175LeufsTer72||," +
        "-|frameshift_variant|TP53|ENST00000269305|5/11|ENST00000269305.9:c.524del|ENSP00000269305.4:p.Arg175LeufsTer72||NM_000546.6\tGT:AD\t0/0:10,0\t0/1:30,10\n" +
        "7\t55191822\t.\tT\tG\t.\tPASS\tCSQ=G|upstream_gene_variant|LANCL2|ENST00000254770|||||," +
        "G|missense_variant|EGFR|ENST00000275493|21/28|ENST00000275493.7:c.2573T>G|ENSP00000275493.2:p.Leu858Arg||\tGT:AD\t0/0:40,0\t0/1:70,30\n";

    /// <summary>Two samples that no rule names as the tumour.</summary>
    public const string Unnamed =
        "##fileformat=VCFv4.2\n" +
        "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS_A\tS_B\n" +
        "1\t100\t.\tA\tG\t.\tPASS\t.\tGT:AD:DP\t0/1:6,4:10\t0/1:9,1:10\n";
}
