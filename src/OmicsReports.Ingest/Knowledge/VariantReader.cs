using OmicsReports.Domain.Harmonization;
using OmicsReports.Domain.Knowledge.Criteria;
using YamlDotNet.RepresentationModel;

namespace OmicsReports.Ingest.Knowledge;

/// <summary>
/// Reads "variant:" criteria. The selector decides the record: protein (exact changes), codons, exon, class alone,
/// exonSkipping, or oncogenic. "class" narrows codons and exon; "origin" applies to all.
/// </summary>
internal static class VariantReader
{
    public static VariantCriterion? Read(YamlSource source, YamlNode body)
    {
        if (source.Map(body, "variant") is not { } map)
        {
            return null;
        }

        var gene = source.Text(map.Required("gene", "variant"), "gene");
        var origin = map.Optional("origin") is { } o ? source.Enum<OriginRequirement>(o, "origin") : OriginRequirement.Any;
        var proteinNode = map.Optional("protein");
        var codonsNode = map.Optional("codons");
        var exonNode = map.Optional("exon");
        var classNode = map.Optional("class");
        var skippingNode = map.Optional("exonSkipping");
        var oncogenicNode = map.Optional("oncogenic");
        var alternates = source.TextList(map.Optional("alternates"), "alternates");
        var excluded = source.TextList(map.Optional("excludeAlternates"), "excludeAlternates");
        map.Finish("variant");

        var selectors = new[] { proteinNode, codonsNode, exonNode, skippingNode, oncogenicNode }.Count(n => n is not null);
        if (selectors > 1)
        {
            source.Error(body, "variant-selectors", "Use only one of protein, codons, exon, exonSkipping and oncogenic in one variant criterion; combine several with anyOf.");
            return null;
        }

        if (selectors == 0 && classNode is null)
        {
            source.Error(body, "variant-selectors", "A variant criterion needs one of protein, codons, exon, class, exonSkipping or oncogenic.");
            return null;
        }

        if ((alternates.Count > 0 || excluded.Count > 0) && codonsNode is null)
        {
            source.Error(body, "variant-selectors", "alternates and excludeAlternates only apply together with codons.");
            return null;
        }

        var cls = classNode is null ? null : source.Enum<ConsequenceClass>(classNode, "class");
        if (gene is null || origin is null || (classNode is not null && cls is null))
        {
            return null;
        }

        if (cls is not null && (proteinNode ?? skippingNode ?? oncogenicNode) is { } withClass)
        {
            source.Error(withClass, "variant-selectors", "class narrows codons or exon only; protein, exonSkipping and oncogenic already imply a class.");
            return null;
        }

        return (proteinNode, codonsNode, exonNode, skippingNode, oncogenicNode) switch
        {
            ({ } p, _, _, _, _) => Proteins(source, p) is { } changes ? new ProteinChangeCriterion { Gene = gene, Changes = changes, Origin = origin.Value } : null,
            (_, { } c, _, _, _) => CriterionValues.Codons(source, c) is { } ranges
                ? new CodonCriterion { Gene = gene, Codons = ranges, Class = cls, Alternates = alternates, ExcludedAlternates = excluded, Origin = origin.Value }
                : null,
            (_, _, { } e, _, _) => Exons(source, e) is { } exons ? new ExonCriterion { Gene = gene, Exons = exons, Class = cls, Origin = origin.Value } : null,
            (_, _, _, { } s, _) => source.Integer(s, "exonSkipping") is { } exon ? new ExonSkippingCriterion { Gene = gene, Exon = exon, Origin = origin.Value } : null,
            (_, _, _, _, { } g) => source.Text(g, "oncogenic") == "true" ? new OncogenicCriterion { Gene = gene, Origin = origin.Value } : NotTrue(source, g),
            _ => new ConsequenceCriterion { Gene = gene, Class = cls!.Value, Origin = origin.Value },
        };
    }

    private static OncogenicCriterion? NotTrue(YamlSource source, YamlNode node)
    {
        source.Error(node, "unknown-value", "oncogenic takes the value true.");
        return null;
    }

    private static int[]? Exons(YamlSource source, YamlNode node)
    {
        var exons = (node is YamlScalarNode ? [node] : source.Items(node, "exon")).Select(n => source.Integer(n, "exon")).ToArray();
        return exons.Any(e => e is null) ? null : exons.Select(e => e!.Value).ToArray();
    }

    /// <summary>
    /// Protein changes, read with the same parser that harmonizes input files, so a rule always compares canonical
    /// forms. Another spelling ("p.Val600Glu") is accepted with a warning naming the canonical one; text the parser
    /// cannot read is an error.
    /// </summary>
    private static string[]? Proteins(YamlSource source, YamlNode node)
    {
        var changes = new List<string>();
        foreach (var written in source.TextList(node, "protein"))
        {
            if (ProteinNotation.Parse(written) is not { } change)
            {
                source.Error(node, "protein-form", $"'{written}' is not a protein change (write it as e.g. V600E, E746_A750del, Y772_A775dup).");
                return null;
            }

            if (!string.Equals(change.ShortForm, written, StringComparison.Ordinal))
            {
                source.Warning(node, "protein-form", $"'{written}' is read as {change.ShortForm}; write it that way.");
            }

            changes.Add(change.ShortForm);
        }

        return changes.Count > 0 ? changes.ToArray() : null;
    }
}
