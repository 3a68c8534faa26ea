using System.Text.RegularExpressions;
using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Reports;
using YamlDotNet.RepresentationModel;

namespace OmicsReports.Ingest.Knowledge;

/// <summary>Reads the rules of one rule file: a mapping with "rules:", a list of rule mappings.</summary>
internal static partial class RuleReader
{
    public static IReadOnlyList<Rule> ReadFile(YamlSource source, YamlNode root)
    {
        if (source.Map(root, "A rule file") is not { } file)
        {
            return [];
        }

        var items = source.Items(file.Required("rules", "A rule file"), "rules");
        file.Finish("a rule file");
        return items.Select(item => Read(source, item)).OfType<Rule>().ToArray();
    }

    private static Rule? Read(YamlSource source, YamlNode node)
    {
        if (source.Map(node, "A rule") is not { } map)
        {
            return null;
        }

        var id = source.Text(map.Required("id", "A rule"), "id");
        if (id is not null && !IdPattern().IsMatch(id))
        {
            source.Error(map.Optional("id")!, "bad-id", $"Rule id '{id}' must be upper-case letters, digits and hyphens, e.g. NSCLC-EGFR-L858R-OSIMERTINIB.");
            id = null;
        }

        var what = id is null ? "A rule" : $"Rule {id}";
        var biomarker = source.Text(map.Required("biomarker", what), "biomarker");
        var kind = source.Enum<ImplicationKind>(map.Required("kind", what), "kind");
        var when = CriterionReader.Read(source, map.Required("when", what));
        var scope = ScopeReader.Read(source, map.Required("scope", what));
        var therapies = Therapies(source, map.Optional("therapies"));
        var direction = source.Enum<Direction>(map.Required("direction", what), "direction");
        var evidence = EvidenceReader.Read(source, map.Required("evidence", what));
        var rationale = source.Text(map.Required("rationale", what), "rationale");
        var dose = source.Text(map.Optional("dose"), "dose");
        var reduceBy = source.Integer(map.Optional("reduceDoseByPercent"), "reduceDoseByPercent");
        map.Finish(what);

        if (id is null || biomarker is null || kind is null || when is null || scope is null || therapies is null
            || direction is null || evidence is null || rationale is null)
        {
            return null;
        }

        return new Rule
        {
            Id = id,
            Biomarker = biomarker,
            Kind = kind.Value,
            When = when,
            Scope = scope,
            Therapies = therapies,
            Direction = direction.Value,
            Evidence = evidence,
            Rationale = rationale,
            DoseAdjustment = dose,
            ReduceDoseByPercent = reduceBy,
            Location = source.Locate(node),
        };
    }

    /// <summary>A list of regimens; each is one drug ("osimertinib") or a list of drugs given together.</summary>
    private static Regimen[]? Therapies(YamlSource source, YamlNode? node)
    {
        var regimens = new List<Regimen>();
        foreach (var item in source.Items(node, "therapies"))
        {
            var drugs = source.TextList(item, "therapy");
            foreach (var drug in drugs.Where(d => !string.Equals(d, d.ToLowerInvariant(), StringComparison.Ordinal)))
            {
                source.Error(item, "therapy-case", $"Write drug names as lower-case generic names: '{drug.ToLowerInvariant()}', not '{drug}'.");
                return null;
            }

            if (drugs.Count == 0)
            {
                return null;
            }

            regimens.Add(new Regimen(drugs));
        }

        return regimens.ToArray();
    }

    [GeneratedRegex("^[A-Z0-9]+(?:[-.][A-Z0-9]+)*$")]
    private static partial Regex IdPattern();
}
