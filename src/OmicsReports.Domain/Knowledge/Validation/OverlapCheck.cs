using System.Text.Json;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Reports;
using OmicsReports.Domain.Serialization;

namespace OmicsReports.Domain.Knowledge.Validation;

/// <summary>
/// Finds rules that say contradictory things about the same biomarker: the same criterion, overlapping tumour types
/// and the same regimen, but opposite directions (benefit against resistance or avoidance); and exact duplicates.
/// Different regimens sharing a drug are not a contradiction (cetuximab alone fails in BRAF V600E colorectal cancer,
/// encorafenib with cetuximab works). Rules whose criteria differ are not compared: that overlap is for review.
/// </summary>
internal sealed class OverlapCheck(ITumorTypeHierarchy? hierarchy)
{
    public IEnumerable<ImportProblem> Contradictions(IReadOnlyList<Rule> rules)
    {
        foreach (var group in rules.GroupBy(r => JsonSerializer.Serialize(r.When, OmicsJson.Compact), StringComparer.Ordinal))
        {
            var same = group.ToArray();
            for (var i = 0; i < same.Length; i++)
            {
                for (var j = i + 1; j < same.Length; j++)
                {
                    if (Problem(same[i], same[j]) is { } problem)
                    {
                        yield return problem;
                    }
                }
            }
        }
    }

    private ImportProblem? Problem(Rule first, Rule second)
    {
        var sharedDrugs = first.Therapies.Select(Key).Intersect(second.Therapies.Select(Key), StringComparer.Ordinal).ToArray();
        if (sharedDrugs.Length == 0 || !Overlap(first.Scope, second.Scope))
        {
            return null;
        }

        if (Favours(first.Direction) != Favours(second.Direction))
        {
            return KnowledgeValidator.Error(second.Location, "contradicting-rules",
                $"Rule {second.Id} ({second.Direction}) contradicts rule {first.Id} at {first.Location} ({first.Direction}) " +
                $"for {string.Join(", ", sharedDrugs)} with the same criterion in overlapping tumour types.");
        }

        var identical = first.Direction == second.Direction
            && JsonSerializer.Serialize(first.Scope, OmicsJson.Compact) == JsonSerializer.Serialize(second.Scope, OmicsJson.Compact)
            && JsonSerializer.Serialize(first.Therapies, OmicsJson.Compact) == JsonSerializer.Serialize(second.Therapies, OmicsJson.Compact);
        return identical
            ? KnowledgeValidator.Error(second.Location, "duplicate-rule", $"Rule {second.Id} repeats rule {first.Id} at {first.Location}: same criterion, scope, therapies and direction.")
            : null;
    }

    private static string Key(Regimen regimen) => string.Join(" + ", regimen.Drugs.Order(StringComparer.Ordinal));

    private static bool Favours(Direction direction) => direction is Direction.Sensitive or Direction.StandardDose;

    private bool Overlap(RuleScope a, RuleScope b) => (a.Breadth, b.Breadth) switch
    {
        (ScopeBreadth.AnyTumor, _) or (_, ScopeBreadth.AnyTumor) => true,
        (ScopeBreadth.AllSolidTumors, ScopeBreadth.AllSolidTumors) => true,
        (ScopeBreadth.AllSolidTumors, _) => b.TumorTypes.Any(code => !Within(code, a.Excluded)),
        (_, ScopeBreadth.AllSolidTumors) => a.TumorTypes.Any(code => !Within(code, b.Excluded)),
        _ => a.TumorTypes.Any(x => b.TumorTypes.Any(y => Related(x, y)) && !Within(x, b.Excluded)),
    };

    private bool Related(string x, string y) =>
        string.Equals(x, y, StringComparison.OrdinalIgnoreCase)
        || (hierarchy is not null && (hierarchy.IsWithin(x, y) || hierarchy.IsWithin(y, x)));

    private bool Within(string code, IReadOnlyList<string> excluded) => excluded.Any(e => Related(code, e) && (hierarchy?.IsWithin(code, e) ?? code == e));
}
