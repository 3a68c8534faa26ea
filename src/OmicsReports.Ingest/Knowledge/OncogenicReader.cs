using OmicsReports.Domain.Knowledge;
using YamlDotNet.RepresentationModel;

namespace OmicsReports.Ingest.Knowledge;

/// <summary>
/// Reads knowledge/oncogenic.yaml: tumour-suppressor gene groups, gene-role tables (<c>geneRoles</c>), curated
/// hotspots (exact changes, or any substitution at a codon) and hotspot tables (<c>hotspotTables</c>), each with its
/// reference. Tables are TSV files of the knowledge base (oncogenic/*.tsv), read through <paramref name="files"/>.
/// </summary>
internal static class OncogenicReader
{
    public static OncogenicDefinition Read(YamlSource source, YamlNode root, Func<string, string?> files)
    {
        if (source.Map(root, "oncogenic.yaml") is not { } map)
        {
            return OncogenicDefinition.Empty;
        }

        var roles = new List<GeneRoleEntry>();
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
                roles.AddRange(genes.Select(g => new GeneRoleEntry(g, GeneRole.TumourSuppressor, reference)));
            }
        }

        var hotspots = new List<Hotspot>();
        foreach (var item in source.Items(map.Optional("hotspots"), "hotspots"))
        {
            hotspots.AddRange(Hotspots(source, item));
        }

        foreach (var item in source.Items(map.Optional("geneRoles"), "geneRoles"))
        {
            roles.AddRange(Table(source, item, "A gene-role table", files, OncogenicTables.Roles));
        }

        foreach (var item in source.Items(map.Optional("hotspotTables"), "hotspotTables"))
        {
            hotspots.AddRange(Table(source, item, "A hotspot table", files, OncogenicTables.Hotspots));
        }

        map.Finish("oncogenic.yaml");
        return new OncogenicDefinition(roles, hotspots);
    }

    /// <summary>A "table: oncogenic/x.tsv" entry with its reference; the rows, or nothing with a located error.</summary>
    private static IReadOnlyList<T> Table<T>(
        YamlSource source, YamlNode node, string what, Func<string, string?> files,
        Func<string, string, Domain.Reports.Reference, List<string>, IReadOnlyList<T>> parse)
    {
        if (source.Map(node, what) is not { } map)
        {
            return [];
        }

        var path = source.Text(map.Required("table", what), "table");
        var reference = map.Required("reference", what) is { } r ? EvidenceReader.Reference(source, r) : null;
        map.Finish(what.ToLowerInvariant());
        if (path is null || reference is null)
        {
            return [];
        }

        if (!path.StartsWith(OncogenicTables.Folder + "/", StringComparison.Ordinal) || files(path) is not { } text)
        {
            source.Error(node, "missing-table", $"'{path}' is not a file of the knowledge base's {OncogenicTables.Folder}/ folder.");
            return [];
        }

        var problems = new List<string>();
        var rows = parse(path, text, reference, problems);
        foreach (var problem in problems)
        {
            source.Error(node, "bad-table-row", problem);
        }

        return problems.Count > 0 ? [] : rows;
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
