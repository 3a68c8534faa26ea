using OmicsReports.Domain.Harmonization.Transcripts;
using OmicsReports.Domain.Knowledge.Criteria;
using OmicsReports.Ingest.Reference;
using OmicsReports.Ingest.Tests.Knowledge;

namespace OmicsReports.Ingest.Tests.Reference;

/// <summary>The shipped transcript table: well-formed, complete for the knowledge base, and true to known exon boundaries.</summary>
public class ShippedTranscriptTableTests
{
    [Fact]
    public void TranscriptTable_Reads_WithoutProblems()
    {
        Assert.Empty(ShippedTranscripts.Table.Problems);
        var mane = ShippedTranscripts.Table.Rows.Count(t => t.Role == TranscriptRole.ManeSelect);
        Assert.True(mane >= 1100, $"only {mane} MANE Select transcripts");
        Assert.Equal("2026-12-07", ShippedTranscripts.Table.Metadata["version"]);
    }

    [Fact]
    public void EveryGeneOfTheGeneTable_HasAManeRowOrAStatedGap()
    {
        var genes = GeneTableReader.ReadFile(RepositoryFolder.ReferenceFile(GeneTableReader.FileName)).RowsOrThrow().Select(g => g.Symbol);
        var gaps = Gaps();

        var unexplained = genes.Where(g => !ShippedTranscripts.Catalog.Of(g).Any(t => t.Role == TranscriptRole.ManeSelect) && !gaps.ContainsKey(g)).ToList();

        Assert.True(unexplained.Count == 0, "genes with neither a MANE row nor a gap: " + string.Join(", ", unexplained));
    }

    /// <summary>Genes named by a criterion, a standard's biomarker list or a hotspot need a transcript or a stated gap.</summary>
    [Fact]
    public void EveryGeneTheKnowledgeBaseNames_HasATranscriptOrAStatedGap()
    {
        var kb = ShippedKnowledgeBase.Current;
        var named = kb.Rules.SelectMany(r => Flatten(r.When)).SelectMany(c => c.Genes)
            .Concat(kb.Standards.SelectMany(s => s.Biomarkers).Select(b => b.Gene).OfType<string>())
            .Concat(kb.Oncogenic.Hotspots.Select(h => h.Gene))
            .Distinct(StringComparer.Ordinal).ToList();
        var gaps = Gaps();

        var missing = named.Where(g => ShippedTranscripts.Catalog.Of(g).Count == 0 && !gaps.ContainsKey(g)).ToList();

        Assert.True(named.Count > 50, $"only {named.Count} genes named");
        Assert.True(missing.Count == 0, "named genes without transcript or gap: " + string.Join(", ", missing));
    }

    /// <summary>
    /// Exon criteria count exons on the MANE Select transcript. NPM1's rule says exon 12, the legacy numbering of a
    /// 12-exon transcript; the MANE Select has 11 exons (the mutations are in its exon 11), so that rule keeps its
    /// codon criterion until curators renumber it.
    /// </summary>
    [Fact]
    public void ExonCriteria_NameExonsOfTheGenesManeTranscript()
    {
        var known = new HashSet<(string, int)> { ("NPM1", 12) };
        var exons = ShippedKnowledgeBase.Current.Rules.SelectMany(r => Flatten(r.When)).SelectMany(c => c switch
        {
            ExonCriterion e => e.Exons.Select(n => (e.Gene, n)),
            ExonSkippingCriterion s => [(s.Gene, s.Exon)],
            _ => [],
        }).Distinct().ToList();

        var wrong = exons.Where(e => !known.Contains(e) && !CodingOnMane(e.Gene, e.Item2)).ToList();

        Assert.NotEmpty(exons);
        Assert.True(wrong.Count == 0, "exons not coding on the MANE transcript: " + string.Join(", ", wrong));
    }

    [Theory]
    [InlineData("NM_000245.4", 14, "2888", "3028", 963, 1010)]
    [InlineData("NM_001127500", 14, "2942", "3082", 981, 1028)]
    [InlineData("NM_005228.5", 19, "2185", "2283", 729, 761)]
    [InlineData("NM_005228.5", 20, "2284", "2469", 762, 823)]
    [InlineData("NM_000222.3", 11, "1648", "1774", 550, 592)]
    [InlineData("NM_004119.3", 14, "1705", "1837", 569, 613)]
    [InlineData("NM_006206.6", 18, "2440", "2562", 814, 854)]
    public void ExonBoundaries_OfExonDefinedBiomarkers(string accession, int exon, string start, string end, int firstCodon, int lastCodon)
    {
        var transcript = ShippedTranscripts.Catalog.Find(accession)!;
        var row = transcript.Exons[exon - 1];

        Assert.Equal((start, end, firstCodon, lastCodon), (row.Start.ToString(), row.End.ToString(), row.FirstCodon!.Value, row.LastCodon!.Value));
    }

    private static bool CodingOnMane(string gene, int exon) =>
        ShippedTranscripts.Catalog.Of(gene) is [{ Role: TranscriptRole.ManeSelect } mane, ..]
        && exon <= mane.Exons.Count && mane.Exons[exon - 1].FirstCodon is not null;

    private static Dictionary<string, string> Gaps() => File.ReadLines(RepositoryFolder.ReferenceFile("transcripts_gaps.tsv"))
        .Where(l => !l.StartsWith('#')).Skip(1).Select(l => l.Split('\t'))
        .GroupBy(c => c[0]).ToDictionary(g => g.Key, g => string.Join("; ", g.Select(c => c[1])), StringComparer.Ordinal);

    private static IEnumerable<Criterion> Flatten(Criterion criterion) => criterion switch
    {
        AllOfCriterion all => all.Parts.SelectMany(Flatten),
        AnyOfCriterion any => any.Parts.SelectMany(Flatten),
        NoneOfCriterion none => none.Parts.SelectMany(Flatten),
        _ => [criterion],
    };
}
