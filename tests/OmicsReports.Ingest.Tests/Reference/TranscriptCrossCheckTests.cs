using System.Globalization;
using OmicsReports.Domain.Harmonization.Transcripts;
using OmicsReports.Testing;

namespace OmicsReports.Ingest.Tests.Reference;

/// <summary>
/// Cross-checks transcripts.tsv against every EXON/INTRON and HGVSc pair that Ensembl VEP wrote into the corpus files,
/// for the transcripts the table holds. A pair on the same transcript version must agree; a file that names another
/// version of the transcript may number its exons differently (a different 5' UTR exon), and is counted apart.
/// </summary>
public class TranscriptCrossCheckTests
{
    public static TheoryData<string, int> Files => new()
    {
        { "annotated_somatic_vcf/phyloflow_A25_HCC/VEP_raw.A25.mutect2.filtered.snp.vcf", 40 },
        { "annotated_somatic_vcf/vcf2maf_tests/test_b38_output.maf", 15 },
        { "cbioportal_study_es_0/study_es_0/data_mutations_extended.maf", 5 },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void VepExonAndIntron_AgreeWithTheTable(string file, int atLeast)
    {
        var pairs = VepPairs.Read(TestData.Path(file.Split('/'))).ToList();
        var (agree, versionDiffers, disagree) = (0, new List<string>(), new List<string>());
        foreach (var pair in pairs)
        {
            if (ShippedTranscripts.Catalog.Find(pair.Transcript) is not { } transcript)
            {
                continue;
            }

            var location = ShippedTranscripts.Locator.Derive(transcript.Gene, pair.Transcript, CodingNotation.Parse(pair.HgvsC), null, null, null);
            var ok = location is not null && (pair.Exon is null || location.Exon == pair.Exon) && (pair.Intron is null || location.Intron == pair.Intron);
            if (ok)
            {
                agree++;
                continue;
            }

            var text = $"{pair.Transcript} {pair.HgvsC}: VEP exon {pair.Exon} intron {pair.Intron}, table {location?.Exon}/{location?.Intron} ({location?.Explanation})";
            (OtherVersion(pair, transcript) ? versionDiffers : disagree).Add(text);
        }

        Assert.True(disagree.Count == 0, $"{file}: {agree} agree; disagreements:\n" + string.Join('\n', disagree));
        Assert.True(agree >= atLeast, $"{file}: only {agree} pairs checked (of {pairs.Count}); other versions: {string.Join("; ", versionDiffers)}");
        Assert.True(versionDiffers.Count <= agree / 10, $"{file}: too many pairs on other versions: {string.Join("; ", versionDiffers)}");
    }

    [Fact]
    public void PhyloflowVcf_Elf3OnAnOlderEnsemblVersion_IsTheOnlyPairCountedApart()
    {
        var pairs = VepPairs.Read(TestData.Path("annotated_somatic_vcf", "phyloflow_A25_HCC", "VEP_raw.A25.mutect2.filtered.snp.vcf"))
            .Where(p => ShippedTranscripts.Catalog.Find(p.Transcript) is { } t && OtherVersion(p, t)).ToList();
        var elf3 = pairs.Single(p => p.Transcript.StartsWith("ENST00000359651", StringComparison.Ordinal) && p.HgvsC.EndsWith("c.279C>T", StringComparison.Ordinal));

        var location = ShippedTranscripts.Locator.Derive("ELF3", elf3.Transcript, CodingNotation.Parse(elf3.HgvsC), null, null, null);

        Assert.Equal((2, 3), (elf3.Exon!.Value, location!.Exon!.Value));
        Assert.Contains("the file names ENST00000359651.3; the table holds ENST00000359651 without a version", location.Explanation, StringComparison.Ordinal);
    }

    /// <summary>
    /// True when the file's HGVSc names a version of the transcript other than the table's, or the table holds the
    /// accession without a version (its alternates from isoform lists), so that the two may be different versions.
    /// </summary>
    private static bool OtherVersion(VepPair pair, TranscriptModel transcript)
    {
        var table = pair.Transcript.StartsWith("ENST", StringComparison.Ordinal) ? transcript.Ensembl : transcript.RefSeq;
        return pair.Transcript.Contains('.', StringComparison.Ordinal)
            && (table is null || !table.Contains('.', StringComparison.Ordinal) || !string.Equals(pair.Transcript, table, StringComparison.Ordinal));
    }
}

/// <summary>One VEP annotation: the transcript (with version when the HGVSc carries one), HGVSc, exon and intron numbers.</summary>
internal sealed record VepPair(string Transcript, string HgvsC, int? Exon, int? Intron);

/// <summary>Reads VEP's EXON, INTRON and HGVSc from a VCF's CSQ field or from a MAF's columns.</summary>
internal static class VepPairs
{
    public static IEnumerable<VepPair> Read(string path) => path.EndsWith(".vcf", StringComparison.Ordinal) ? FromVcf(path) : FromMaf(path);

    private static IEnumerable<VepPair> FromVcf(string path)
    {
        string[]? format = null;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("##INFO=<ID=CSQ", StringComparison.Ordinal))
            {
                format = line[(line.IndexOf("Format: ", StringComparison.Ordinal) + 8)..].Split('"')[0].Split('|');
            }

            if (line.StartsWith('#') || format is null)
            {
                continue;
            }

            var info = line.Split('\t')[7].Split(';').FirstOrDefault(f => f.StartsWith("CSQ=", StringComparison.Ordinal));
            foreach (var entry in info?[4..].Split(',') ?? [])
            {
                var fields = format.Zip(entry.Split('|')).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
                if (Pair(fields["Feature"], fields["HGVSc"], fields["EXON"], fields["INTRON"]) is { } pair)
                {
                    yield return pair;
                }
            }
        }
    }

    private static IEnumerable<VepPair> FromMaf(string path)
    {
        string[]? header = null;
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var cells = line.Split('\t');
            if (header is null)
            {
                header = cells;
                continue;
            }

            string Cell(string name) => Array.IndexOf(header, name) is var i and >= 0 && i < cells.Length ? cells[i] : string.Empty;
            if (Pair(Cell("Transcript_ID"), Cell("HGVSc"), Cell("EXON"), Cell("INTRON")) is { } pair)
            {
                yield return pair;
            }
        }
    }

    private static VepPair? Pair(string feature, string hgvsc, string exon, string intron)
    {
        if (hgvsc.Length == 0 || (exon.Length == 0 && intron.Length == 0))
        {
            return null;
        }

        var colon = hgvsc.IndexOf(':', StringComparison.Ordinal);
        var transcript = colon > 0 ? hgvsc[..colon] : feature;
        return new VepPair(transcript, colon > 0 ? hgvsc[(colon + 1)..] : hgvsc, Number(exon), Number(intron));
    }

    private static int? Number(string text) =>
        int.TryParse(text.Split('/')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
