using System.Text.RegularExpressions;
using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Knowledge.Therapies;
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
        var therapies = TherapyReader.Therapies(source, map.Optional("therapies"));
        var direction = source.Enum<Direction>(map.Required("direction", what), "direction");
        var evidence = EvidenceReader.Read(source, map.Required("evidence", what));
        var rationale = source.Text(map.Required("rationale", what), "rationale");
        var dose = source.Text(map.Optional("dose"), "dose");
        var reduceBy = source.Integer(map.Optional("reduceDoseByPercent"), "reduceDoseByPercent");
        var setting = TherapyReader.Setting(source, map.Optional("setting"));
        var preferred = source.Boolean(map.Optional("preferred"), "preferred");
        var carryOver = source.Boolean(map.Optional("carryOver"), "carryOver");
        var partners = source.TextList(map.Optional("partners"), "partners");
        var appliesTo = map.Optional("appliesTo") is { } scopeNode ? source.Enum<ResistanceScope>(scopeNode, "appliesTo") : null;
        var acquired = source.Boolean(map.Optional("acquired"), "acquired");
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
            Setting = setting,
            Preferred = preferred ?? false,
            CarryOver = carryOver ?? true,
            Partners = partners,
            AppliesTo = appliesTo ?? ResistanceScope.AnyRegimen,
            Acquired = acquired ?? false,
            Location = source.Locate(node),
        };
    }

    [GeneratedRegex("^[A-Z0-9]+(?:[-.][A-Z0-9]+)*$")]
    private static partial Regex IdPattern();
}
