using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Tests.Support;

namespace OmicsReports.Ingest.Tests.Formats;

/// <summary>
/// Real MAF and VCF text without exon columns: the importer derives each variant's exon from its c./p. notation, and
/// for the corpus files the derived exon equals the one VEP wrote (which the test removes before importing).
/// </summary>
public class ExonlessFileTests
{
    [Fact]
    public async Task Vcf2mafMaf_WithExonColumnsEmptied_GetsTheExonsVepWrote()
    {
        var path = Imports.Corpus("annotated_somatic_vcf", "vcf2maf_tests", "test_b38_output.maf");
        var original = Assert.Single(await Imports.CasesAsync(path)).Variants;
        using var folder = new TempFolder();
        var stripped = folder.Write("no-exons.maf", EmptyColumns(File.ReadAllText(path), "EXON", "Exon_Number", "INTRON"));

        var variants = Assert.Single(await Imports.CasesAsync(stripped)).Variants;

        Assert.All(variants, v => Assert.Null(v.Exon));
        var compared = variants.Zip(original).Where(p => p.Second.Exon is not null && p.First.Location?.Exon is not null).ToList();
        Assert.True(compared.Count >= 15, $"only {compared.Count} variants compared");
        Assert.All(compared, p => Assert.Equal(p.Second.Exon, p.First.Location!.Exon));
    }

    [Fact]
    public async Task PhyloflowVcf_WithoutExonAndIntronInCsq_GetsTheExonsVepWrote()
    {
        var path = Imports.Corpus("annotated_somatic_vcf", "phyloflow_A25_HCC", "VEP_raw.A25.mutect2.filtered.snp.vcf");
        var original = Assert.Single(await Imports.CasesAsync(path)).Variants;
        using var folder = new TempFolder();
        var stripped = folder.Write("no-exons.vcf", EmptyCsqFields(File.ReadAllLines(path), "EXON", "INTRON"));

        var variants = Assert.Single(await Imports.CasesAsync(stripped)).Variants;

        Assert.All(variants, v => Assert.Null(v.Exon));
        var compared = variants.Zip(original)
            .Where(p => p.Second.Exon is not null && p.First.Location is { Exon: not null, Choice: TranscriptChoice.NamedByFile }).ToList();
        Assert.True(compared.Count >= 10, $"only {compared.Count} variants compared");
        var differing = compared.Where(p => p.Second.Exon != p.First.Location!.Exon).Select(p => $"{p.First.Label}: {p.First.Location!.Explanation}").ToList();
        // VEP ran on GRCh37 transcripts; where the table holds another version of one, its note says so.
        Assert.All(differing, d => Assert.Contains("whose exons may be numbered differently", d, StringComparison.Ordinal));
    }

    [Fact]
    public async Task HandWrittenMafWithoutExonColumns_PlacesExonDefinedBiomarkers()
    {
        using var folder = new TempFolder();
        var path = folder.Write("exonless.maf",
            "Hugo_Symbol\tTumor_Sample_Barcode\tVariant_Classification\tHGVSc\tHGVSp_Short\tTranscript_ID\n" +
            "MET\tS1\tSplice_Site\tc.3028+1G>T\tp.X1010_splice\t\n" +
            "MET\tS1\tSplice_Site\tNM_001127500.3:c.3082+2T>C\tp.X1028_splice\t\n" +
            "KIT\tS1\tIn_Frame_Del\tc.1669_1674del\tp.W557_K558del\tENST00000288135\n" +
            "FLT3\tS1\tIn_Frame_Ins\t\tp.Y591_V592insDPVDFREYEY\t\n" +
            "EGFR\tS1\tIn_Frame_Del\tc.2235_2249del\tp.E746_A750del\tNM_005228.5\n");

        var variants = Assert.Single(await Imports.CasesAsync(path)).Variants;

        Assert.Equal([14, 14], variants.Take(2).Select(v => v.Location!.Intron!.Value));
        Assert.Equal(TranscriptChoice.NamedByFile, variants[1].Location!.Choice);
        Assert.Equal("NM_001127500.3", variants[1].Transcript);
        Assert.Equal([11, 14, 19], variants.Skip(2).Select(v => v.Location!.Exon!.Value));
        Assert.All(variants, v => Assert.Null(v.Exon));
    }

    [Fact]
    public async Task MafExonThatDisagrees_IsKeptAndWarned()
    {
        using var folder = new TempFolder();
        var path = folder.Write("disagree.maf",
            "Hugo_Symbol\tTumor_Sample_Barcode\tVariant_Classification\tHGVSc\tHGVSp_Short\tExon_Number\n" +
            "EGFR\tS1\tIn_Frame_Del\tc.2235_2249del\tp.E746_A750del\t20/28\n");

        var result = await Imports.RunAsync(path);

        var variant = Assert.Single(Assert.Single(result.Cases).Variants);
        Assert.Equal((20, 19), (variant.Exon!.Value, variant.Location!.Exon!.Value));
        var warning = Assert.Single(result.Cases[0].Warnings, w => w.Code == "exon-disagreement");
        Assert.Contains("the file gives exon 20, but c.2235_2249del is in exon 19 of NM_005228.5", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProteinPlaceholders_AreKeptWithoutWarnings()
    {
        using var folder = new TempFolder();
        var path = folder.Write("placeholders.maf",
            "Hugo_Symbol\tTumor_Sample_Barcode\tVariant_Classification\tHGVSc\tHGVSp\n" +
            "TP53\tS1\tSilent\tc.215C>G\tp.(=)\n" +
            "TP53\tS1\tSplice_Region\tc.376-5T>A\tp.?\n" +
            "TP53\tS1\tIntron\tc.376-40T>A\tp.0\n");

        var result = await Imports.RunAsync(path);

        Assert.DoesNotContain(result.Warnings.Concat(result.Cases.SelectMany(c => c.Warnings)), w => w.Code == "unreadable-protein-change");
        var variants = Assert.Single(result.Cases).Variants;
        Assert.Equal((false, 5, 4), (variants[1].Location!.IsCanonicalSplice, variants[1].Location!.Splice!.Exon!.Value, variants[1].Location!.Intron!.Value));
    }

    private static string EmptyColumns(string maf, params string[] names)
    {
        var lines = maf.Split('\n');
        var headerIndex = Array.FindIndex(lines, l => l.Length > 0 && !l.StartsWith('#'));
        var header = lines[headerIndex].TrimEnd('\r').Split('\t');
        var drop = names.Select(n => Array.IndexOf(header, n)).Where(i => i >= 0).ToHashSet();
        return string.Join('\n', lines.Select((line, i) => i < headerIndex || line.Length == 0 ? line
            : string.Join('\t', line.TrimEnd('\r').Split('\t').Where((_, c) => !drop.Contains(c)))));
    }

    private static string EmptyCsqFields(string[] vcf, params string[] names)
    {
        var format = vcf.First(l => l.StartsWith("##INFO=<ID=CSQ", StringComparison.Ordinal));
        var fields = format[(format.IndexOf("Format: ", StringComparison.Ordinal) + 8)..].Split('"')[0].Split('|');
        var blank = names.Select(n => Array.IndexOf(fields, n)).ToHashSet();
        return string.Join('\n', vcf.Select(line =>
        {
            if (line.StartsWith('#'))
            {
                return line;
            }

            var cells = line.Split('\t');
            cells[7] = string.Join(';', cells[7].Split(';').Select(info => !info.StartsWith("CSQ=", StringComparison.Ordinal) ? info
                : "CSQ=" + string.Join(',', info[4..].Split(',').Select(entry =>
                    string.Join('|', entry.Split('|').Select((value, i) => blank.Contains(i) ? string.Empty : value))))));
            return string.Join('\t', cells);
        })) + "\n";
    }
}
