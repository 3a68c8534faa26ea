using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Reports.Distillation;
using OmicsReports.Ingest.Tests.Knowledge;
using OmicsReports.Ingest.Tests.Support;

namespace OmicsReports.Ingest.Tests.Formats;

/// <summary>
/// From file to report: a MET exon 14 splice-donor variant written as vcf2maf writes it, in a MAF, a VCF and a case
/// bundle without exon annotation, gives the MET-inhibitor implications, says how the exon was derived, and never
/// lists MET as tested and normal.
/// </summary>
public class ExonlessReportTests
{
    private static readonly Lazy<ReportDistiller> Distiller = new(() => new ReportDistiller(ShippedKnowledgeBase.Current, OncoTreeFixture.Current));

    public static TheoryData<string, string> Files => new()
    {
        { "met.maf", "Hugo_Symbol\tTumor_Sample_Barcode\tVariant_Classification\tHGVSc\tHGVSp_Short\nMET\tS1\tSplice_Site\tc.3028+1G>T\tp.X1010_splice\n" },
        { "met.vcf", "##fileformat=VCFv4.2\n" +
            "##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Consequence annotations from Ensembl VEP. Format: Allele|Consequence|IMPACT|SYMBOL|Feature|EXON|INTRON|HGVSc|HGVSp\">\n" +
            "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n" +
            "7\t116771990\t.\tG\tT\t.\tPASS\tCSQ=T|splice_donor_variant|HIGH|MET|NM_000245.4|||NM_000245.4:c.3028+1G>T|\n" },
        { "met.json", """
            { "format": "omicsreports-case-bundle", "version": 1, "patient": { "id": "P1" }, "specimen": { "sampleId": "S1", "tumorPurity": 0.5, "meanCoverage": 600 },
              "tumorType": { "code": "LUAD", "name": "Lung Adenocarcinoma" },
              "profiling": [ { "layer": "small-variants", "panelId": "P", "genes": ["MET", "EGFR", "KRAS", "BRAF", "ERBB2"] } ],
              "variants": [ { "gene": "MET", "hgvsC": "c.2888-1G>A", "consequence": "splice_acceptor_variant", "vaf": 0.3, "depth": 400 } ] }
            """ },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public async Task MetExon14SpliceVariantWithoutExon_GivesCapmatinibAndExplainsTheExon(string name, string text)
    {
        using var folder = new TempFolder();
        var path = folder.Write(name, text);
        var options = new OmicsReports.Ingest.Pipeline.ImportOptions { TumorType = name.EndsWith(".json", StringComparison.Ordinal) ? null : "LUAD" };

        var result = await Imports.RunAsync(options, path);
        Assert.True(result.Succeeded, string.Join('\n', result.Errors));
        var report = Distiller.Value.Distill(Assert.Single(result.Cases));

        var capmatinib = Assert.Single(report.Implications, i => i.Therapies.SequenceEqual(["capmatinib"]));
        Assert.Equal(EvidenceTier.IA, capmatinib.Tier);
        var derived = Assert.Single(capmatinib.Matched).DerivedAs;
        Assert.Contains(derived, d => d.Contains("from c.", StringComparison.Ordinal) && d.Contains("on NM_000245.4", StringComparison.Ordinal) && d.Contains("exon 14", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(report.PertinentNegatives, n => n.Gene == "MET");
    }
}
