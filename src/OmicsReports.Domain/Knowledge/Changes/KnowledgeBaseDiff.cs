using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using OmicsReports.Domain.Serialization;

namespace OmicsReports.Domain.Knowledge.Changes;

public enum RuleChangeKind
{
    Added,
    Removed,
    Changed,
}

/// <summary>One field of a rule or standard before and after, as compact JSON (null where the rule is absent).</summary>
public sealed record FieldChange(string Field, string? Before, string? After);

/// <summary>One rule (or standard) that differs between two knowledge-base versions, with the fields that changed.</summary>
/// <param name="Id">The rule id, or "standard:NSCLC" for a tumour type's standard work-up.</param>
public sealed record RuleChange(string Id, RuleChangeKind Kind, IReadOnlyList<string> Fields)
{
    /// <summary>Each changed field with its old and new value; for an added or removed rule, every field on one side.</summary>
    public IReadOnlyList<FieldChange> Details { get; init; } = [];
}

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
/// A knowledge base reduced to what the diff compares: every rule and standard as field name → compact JSON, and a
/// hash of the oncogenic definition, the QC policy and the drug catalogue. Small enough to store per release, so a
/// release can be compared with one the app saw earlier without its folder.
/// </summary>
public sealed record KnowledgeSnapshot(
    string Version,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Items,
    string OncogenicSha256,
    string QcSha256,
    string DrugsSha256);

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
        ("appliesTo", r => r.AppliesTo), ("acquired", r => r.Acquired),
    ];

    private static readonly (string Name, Func<TumorTypeStandard, object?> Value)[] StandardFields =
    [
        ("biomarkers", s => s.Biomarkers), ("tests", s => s.Tests), ("references", s => s.References), ("lastReviewed", s => s.LastReviewed),
    ];

    /// <summary>The prefix of a standard's id in a diff: "standard:NSCLC".</summary>
    public const string StandardPrefix = "standard:";

    public static KnowledgeBaseChanges Compare(KnowledgeBase older, KnowledgeBase newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        return Compare(Snapshot(older), Snapshot(newer));
    }

    public static KnowledgeBaseChanges Compare(KnowledgeSnapshot older, KnowledgeSnapshot newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var changes = Diff(older.Items, newer.Items).OrderBy(c => c.Id, StringComparer.Ordinal).ToArray();
        return new KnowledgeBaseChanges(
            older.Version, newer.Version, changes, older.OncogenicSha256 != newer.OncogenicSha256,
            older.QcSha256 != newer.QcSha256, older.DrugsSha256 != newer.DrugsSha256);
    }

    public static KnowledgeSnapshot Snapshot(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var items = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var rule in knowledge.Rules)
        {
            items.TryAdd(rule.Id, Fields(rule, RuleFields));
        }

        foreach (var standard in knowledge.Standards)
        {
            items.TryAdd(StandardPrefix + standard.TumorType, Fields(standard, StandardFields));
        }

        var oncogenic = Json(knowledge.Oncogenic.TumorSuppressors) + "\n" + Json(knowledge.Oncogenic.Hotspots);
        return new KnowledgeSnapshot(knowledge.Stamp.Version, items, Sha256(oncogenic), Sha256(Json(knowledge.Qc)), Sha256(Json(knowledge.Drugs)));
    }

    private static Dictionary<string, string> Fields<T>(T item, (string Name, Func<T, object?> Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => Json(f.Value(item)), StringComparer.Ordinal);

    private static IEnumerable<RuleChange> Diff(
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> before, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> after)
    {
        foreach (var (id, item) in after)
        {
            if (!before.TryGetValue(id, out var previous))
            {
                yield return new RuleChange(id, RuleChangeKind.Added, []) { Details = item.Select(f => new FieldChange(f.Key, null, f.Value)).ToArray() };
                continue;
            }

            var changed = item.Where(f => !previous.TryGetValue(f.Key, out var was) || was != f.Value)
                .Select(f => new FieldChange(f.Key, previous.GetValueOrDefault(f.Key), f.Value)).ToArray();
            if (changed.Length > 0)
            {
                yield return new RuleChange(id, RuleChangeKind.Changed, changed.Select(c => c.Field).ToArray()) { Details = changed };
            }
        }

        foreach (var (id, item) in before.Where(b => !after.ContainsKey(b.Key)))
        {
            yield return new RuleChange(id, RuleChangeKind.Removed, []) { Details = item.Select(f => new FieldChange(f.Key, f.Value, null)).ToArray() };
        }
    }

    private static string Json(object? value) => JsonSerializer.Serialize(value, OmicsJson.Compact);

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
