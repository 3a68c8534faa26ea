using System.Text.Json;
using OmicsReports.Domain.Serialization;

namespace OmicsReports.Domain.Knowledge.Changes;

public enum RuleChangeKind
{
    Added,
    Removed,
    Changed,
}

/// <summary>One rule (or standard) that differs between two knowledge-base versions, with the fields that changed.</summary>
/// <param name="Id">The rule id, or "standard:NSCLC" for a tumour type's standard work-up.</param>
public sealed record RuleChange(string Id, RuleChangeKind Kind, IReadOnlyList<string> Fields);

/// <summary>What changed between two knowledge bases, rule by rule.</summary>
public sealed record KnowledgeBaseChanges(
    string OldVersion,
    string NewVersion,
    IReadOnlyList<RuleChange> Rules,
    bool OncogenicDefinitionChanged,
    bool QcPolicyChanged,
    bool DrugCatalogChanged = false)
{
    public bool Any => Rules.Count > 0 || OncogenicDefinitionChanged || QcPolicyChanged || DrugCatalogChanged;
}

/// <summary>
/// Compares two knowledge bases by content, not by file: a rule moved between files is unchanged; a rule whose
/// criterion, scope, therapies, direction, evidence, rationale, dose, setting or carry-over differs is listed with those fields.
/// </summary>
public static class KnowledgeBaseDiff
{
    private static readonly (string Name, Func<Rule, object?> Value)[] RuleFields =
    [
        ("biomarker", r => r.Biomarker), ("kind", r => r.Kind), ("when", r => r.When), ("scope", r => r.Scope),
        ("therapies", r => r.Therapies), ("direction", r => r.Direction), ("evidence.source", r => r.Evidence.Source),
        ("evidence.level", r => r.Evidence.Level), ("evidence.strength", r => r.Evidence.Strength),
        ("evidence.references", r => r.Evidence.References), ("evidence.lastReviewed", r => r.Evidence.LastReviewed),
        ("rationale", r => r.Rationale), ("dose", r => r.DoseAdjustment), ("reduceDoseByPercent", r => r.ReduceDoseByPercent),
        ("setting", r => r.Setting), ("preferred", r => r.Preferred), ("carryOver", r => r.CarryOver), ("partners", r => r.Partners),
        ("appliesTo", r => r.AppliesTo),
    ];

    private static readonly (string Name, Func<TumorTypeStandard, object?> Value)[] StandardFields =
    [
        ("biomarkers", s => s.Biomarkers), ("tests", s => s.Tests), ("references", s => s.References), ("lastReviewed", s => s.LastReviewed),
    ];

    public static KnowledgeBaseChanges Compare(KnowledgeBase older, KnowledgeBase newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var changes = Diff(older.Rules, newer.Rules, r => r.Id, RuleFields)
            .Concat(Diff(older.Standards, newer.Standards, s => "standard:" + s.TumorType, StandardFields))
            .OrderBy(c => c.Id, StringComparer.Ordinal)
            .ToArray();
        var oncogenicChanged = Json(older.Oncogenic.TumorSuppressors) != Json(newer.Oncogenic.TumorSuppressors)
            || Json(older.Oncogenic.Hotspots) != Json(newer.Oncogenic.Hotspots);
        return new KnowledgeBaseChanges(
            older.Stamp.Version, newer.Stamp.Version, changes, oncogenicChanged, Json(older.Qc) != Json(newer.Qc), Json(older.Drugs) != Json(newer.Drugs));
    }

    private static IEnumerable<RuleChange> Diff<T>(
        IReadOnlyList<T> older, IReadOnlyList<T> newer, Func<T, string> key, (string Name, Func<T, object?> Value)[] fields)
    {
        var before = older.GroupBy(key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var after = newer.GroupBy(key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var (id, item) in after)
        {
            if (!before.TryGetValue(id, out var previous))
            {
                yield return new RuleChange(id, RuleChangeKind.Added, []);
                continue;
            }

            var changed = fields.Where(f => Json(f.Value(previous)) != Json(f.Value(item))).Select(f => f.Name).ToArray();
            if (changed.Length > 0)
            {
                yield return new RuleChange(id, RuleChangeKind.Changed, changed);
            }
        }

        foreach (var id in before.Keys.Where(id => !after.ContainsKey(id)))
        {
            yield return new RuleChange(id, RuleChangeKind.Removed, []);
        }
    }

    private static string Json(object? value) => JsonSerializer.Serialize(value, OmicsJson.Compact);
}
