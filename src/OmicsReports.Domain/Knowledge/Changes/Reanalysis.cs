using OmicsReports.Domain.Reports;

namespace OmicsReports.Domain.Knowledge.Changes;

public enum ImplicationChangeKind
{
    /// <summary>A Tier I implication that the earlier report lacked (new, or raised from tier II).</summary>
    NewTierOne,

    /// <summary>A new implication below tier I.</summary>
    Added,

    /// <summary>An implication of the earlier report that is gone.</summary>
    Dropped,

    /// <summary>The same implication with a different tier or level.</summary>
    Retiered,

    /// <summary>The same therapy and findings with a different direction (e.g. sensitive to resistant).</summary>
    Redirected,

    /// <summary>Two implications that pull opposite ways on a drug, which the earlier report did not have.</summary>
    NewConflict,
}

public sealed record ImplicationChange(
    ImplicationChangeKind Kind,
    string Biomarker,
    IReadOnlyList<string> Therapies,
    EvidenceTier? OldTier,
    EvidenceTier? NewTier,
    IReadOnlyList<string> RuleIds,
    string Summary);

/// <summary>How one patient's report changes between two knowledge-base versions.</summary>
public sealed record ReanalysisResult(
    string SampleId,
    string PatientId,
    KnowledgeBaseStamp Old,
    KnowledgeBaseStamp New,
    IReadOnlyList<ImplicationChange> Changes)
{
    public bool Changed => Changes.Count > 0;

    public bool HasNewTierOne => Changes.Any(c => c.Kind == ImplicationChangeKind.NewTierOne);
}

/// <summary>
/// Compares an earlier report (e.g. a signed one) with the same case distilled under a newer knowledge base.
/// Implications are matched by kind, therapies and the case findings they rest on, so renaming a rule or its display
/// text is not a change, while a dropped therapy, a new Tier I therapy, a new tier or a new direction is.
/// </summary>
public static class Reanalysis
{
    public static ReanalysisResult Compare(OmicsReport older, OmicsReport newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var before = older.Implications.GroupBy(Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var after = newer.Implications.GroupBy(Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var changes = new List<ImplicationChange>();
        foreach (var (key, now) in after)
        {
            if (!before.TryGetValue(key, out var was))
            {
                var kind = IsTierOne(now.Tier) ? ImplicationChangeKind.NewTierOne : ImplicationChangeKind.Added;
                changes.Add(Change(kind, now, null, now.Tier, $"new: {Describe(now)} (tier {now.Tier})"));
            }
            else if (was.Direction != now.Direction)
            {
                changes.Add(Change(ImplicationChangeKind.Redirected, now, was.Tier, now.Tier, $"{Describe(now)}: {Word(was.Direction)} became {Word(now.Direction)}"));
            }
            else if (was.Tier != now.Tier || was.Level != now.Level)
            {
                var kind = IsTierOne(now.Tier) && !IsTierOne(was.Tier) ? ImplicationChangeKind.NewTierOne : ImplicationChangeKind.Retiered;
                changes.Add(Change(kind, now, was.Tier, now.Tier, $"{Describe(now)}: tier {was.Tier} ({was.Level}) became {now.Tier} ({now.Level})"));
            }
        }

        foreach (var (key, was) in before.Where(b => !after.ContainsKey(b.Key)))
        {
            changes.Add(Change(ImplicationChangeKind.Dropped, was, was.Tier, null, $"dropped: {Describe(was)} (was tier {was.Tier})"));
        }

        changes.AddRange(NewConflicts(older, newer));

        var ordered = changes.OrderBy(c => c.Kind).ThenBy(c => c.Summary, StringComparer.Ordinal).ToArray();
        return new ReanalysisResult(newer.SampleId, newer.PatientId, older.KnowledgeBase, newer.KnowledgeBase, ordered);
    }

    /// <summary>Conflicts of the newer report whose drugs and two sides the older report did not have.</summary>
    private static IEnumerable<ImplicationChange> NewConflicts(OmicsReport older, OmicsReport newer)
    {
        var known = older.Conflicts.Select(c => ConflictKey(older, c)).ToHashSet(StringComparer.Ordinal);
        foreach (var conflict in newer.Conflicts.Where(c => !known.Contains(ConflictKey(newer, c))))
        {
            var side = At(newer, conflict.For) ?? At(newer, conflict.Against);
            yield return new ImplicationChange(
                ImplicationChangeKind.NewConflict, side?.Biomarker ?? string.Join(" + ", conflict.Drugs), conflict.Drugs, null, side?.Tier,
                (At(newer, conflict.For)?.RuleIds ?? []).Concat(At(newer, conflict.Against)?.RuleIds ?? []).Distinct(StringComparer.Ordinal).ToArray(),
                $"new conflict on {string.Join(" + ", conflict.Drugs)}: {conflict.Explanation}");
        }
    }

    private static string ConflictKey(OmicsReport report, Conflict conflict) => string.Join(
        '#', string.Join('+', conflict.Drugs.Order(StringComparer.Ordinal)),
        At(report, conflict.For) is { } pro ? Key(pro) : "?", At(report, conflict.Against) is { } contra ? Key(contra) : "?");

    private static Implication? At(OmicsReport report, int index) =>
        index >= 0 && index < report.Implications.Count ? report.Implications[index] : null;

    private static bool IsTierOne(EvidenceTier tier) => tier is EvidenceTier.IA or EvidenceTier.IB;

    private static string Key(Implication i) => string.Join(
        '|', i.Kind, string.Join('+', i.Therapies),
        i.Matched.Count > 0 ? string.Join(';', i.Matched.Select(m => m.Source + " " + m.Label).Order(StringComparer.Ordinal)) : i.Biomarker);

    private static ImplicationChange Change(ImplicationChangeKind kind, Implication i, EvidenceTier? was, EvidenceTier? now, string summary) =>
        new(kind, i.Biomarker, i.Therapies, was, now, i.RuleIds, summary);

    private static string Describe(Implication i) =>
        i.Therapies.Count == 0 ? $"{i.Biomarker} ({Word(i.Direction)})" : $"{i.Biomarker} → {string.Join(" + ", i.Therapies)} ({Word(i.Direction)})";

    private static string Word(Direction direction) => direction.ToString().ToLowerInvariant();
}
