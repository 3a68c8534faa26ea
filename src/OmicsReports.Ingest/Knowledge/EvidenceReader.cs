using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Reports;
using YamlDotNet.RepresentationModel;

namespace OmicsReports.Ingest.Knowledge;

/// <summary>Reads "evidence:" and reference lists.</summary>
internal static class EvidenceReader
{
    // The key of a reference names its kind; its value is the identifier (a PMID, a CIViC id, a label's name...).
    private static readonly (string Key, string Kind)[] ReferenceKinds =
    [
        ("pmid", "pmid"), ("fdaLabel", "fda-label"), ("guideline", "guideline"), ("cpic", "cpic"),
        ("dpwg", "dpwg"), ("civic", "civic"), ("trial", "trial"), ("doi", "doi"), ("publication", "publication"),
    ];

    public static RuleEvidence? Read(YamlSource source, YamlNode? node)
    {
        if (source.Map(node, "evidence") is not { } map)
        {
            return null;
        }

        var kind = source.Enum<EvidenceSource>(map.Required("source", "evidence"), "evidence source");
        var level = source.Enum<EvidenceLevel>(map.Required("level", "evidence"), "evidence level");
        var strength = map.Optional("strength") is { } s ? source.Enum<RecommendationStrength>(s, "strength") : null;
        var referencesNode = map.Required("references", "evidence");
        var references = References(source, referencesNode);
        var reviewed = source.Date(map.Required("lastReviewed", "evidence"), "lastReviewed");
        map.Finish("evidence");
        if (references.Count == 0 && referencesNode is not null)
        {
            source.Error(referencesNode, "no-references", "Every rule needs at least one reference (PMID, FDA label, guideline, CPIC, CIViC item).");
        }

        return kind is null || level is null || reviewed is null || references.Count == 0 ? null : new RuleEvidence
        {
            Source = kind.Value,
            Level = level.Value,
            Strength = strength,
            References = references,
            LastReviewed = reviewed.Value,
        };
    }

    public static IReadOnlyList<Domain.Reports.Reference> References(YamlSource source, YamlNode? node) =>
        source.Items(node, "references").Select(item => Reference(source, item)).OfType<Domain.Reports.Reference>().ToArray();

    public static Domain.Reports.Reference? Reference(YamlSource source, YamlNode node)
    {
        if (source.Map(node, "A reference") is not { } map)
        {
            return null;
        }

        var present = ReferenceKinds.Where(k => map.Has(k.Key)).ToArray();
        foreach (var (key, _) in ReferenceKinds)
        {
            map.Optional(key);
        }

        var citation = source.Text(map.Required("citation", "A reference"), "citation");
        var url = source.Text(map.Optional("url"), "url");
        map.Finish("a reference");
        if (present.Length != 1)
        {
            source.Error(node, "reference-kind", $"A reference names exactly one of: {string.Join(", ", ReferenceKinds.Select(k => k.Key))}.");
            return null;
        }

        var id = source.Text(map.Optional(present[0].Key), present[0].Key);
        if (present[0].Key == "pmid" && id is not null && !id.All(char.IsAsciiDigit))
        {
            source.Error(node, "bad-pmid", $"A PMID is a number, not '{id}'.");
            return null;
        }

        return id is null || citation is null ? null : new Domain.Reports.Reference(present[0].Kind, id, citation, url);
    }
}
