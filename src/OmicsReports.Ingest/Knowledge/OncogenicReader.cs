using OmicsReports.Domain.Knowledge;
using YamlDotNet.RepresentationModel;

namespace OmicsReports.Ingest.Knowledge;

/// <summary>
/// Reads knowledge/oncogenic.yaml: tumour-suppressor genes (truncating variants count as oncogenic) and hotspots
/// (exact changes, or any substitution at a codon), each group with its reference.
/// </summary>
internal static class OncogenicReader
{
    public static (IReadOnlyList<string> Suppressors, IReadOnlyList<Hotspot> Hotspots) Read(YamlSource source, YamlNode root)
    {
        if (source.Map(root, "oncogenic.yaml") is not { } map)
        {
            return ([], []);
        }

        var suppressors = new List<string>();
        foreach (var item in source.Items(map.Optional("tumorSuppressors"), "tumorSuppressors"))
        {
            if (source.Map(item, "A tumour-suppressor group") is not { } group)
            {
                continue;
            }

            var genes = source.TextList(group.Required("genes", "A tumour-suppressor group"), "genes");
            var reference = group.Required("reference", "A tumour-suppressor group") is { } r ? EvidenceReader.Reference(source, r) : null;
            group.Finish("a tumour-suppressor group");
            if (reference is not null)
            {
                suppressors.AddRange(genes);
            }
        }

        var hotspots = new List<Hotspot>();
        foreach (var item in source.Items(map.Optional("hotspots"), "hotspots"))
        {
            hotspots.AddRange(Hotspots(source, item));
        }

        map.Finish("oncogenic.yaml");
        return (suppressors, hotspots);
    }

    private static Hotspot[] Hotspots(YamlSource source, YamlNode node)
    {
        if (source.Map(node, "A hotspot entry") is not { } map)
        {
            return [];
        }

        var gene = source.Text(map.Required("gene", "A hotspot entry"), "gene");
        var changes = source.TextList(map.Optional("changes"), "changes");
        var codons = map.Optional("codons") is { } c ? CriterionValues.Codons(source, c) ?? [] : [];
        var reference = map.Required("reference", "A hotspot entry") is { } r ? EvidenceReader.Reference(source, r) : null;
        map.Finish("a hotspot entry");
        if (gene is null || reference is null)
        {
            return [];
        }

        var exact = changes.Select(change => new Hotspot(gene, CodonOf(change), change, reference));
        var whole = codons.SelectMany(range => Enumerable.Range(range.From, range.To - range.From + 1))
            .Select(codon => new Hotspot(gene, codon, null, reference));
        return exact.Concat(whole).ToArray();
    }

    private static int CodonOf(string change)
    {
        var digits = new string(change.SkipWhile(ch => !char.IsAsciiDigit(ch)).TakeWhile(char.IsAsciiDigit).ToArray());
        return int.TryParse(digits, System.Globalization.CultureInfo.InvariantCulture, out var codon) ? codon : 0;
    }
}
