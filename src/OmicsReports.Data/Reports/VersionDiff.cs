using OmicsReports.Domain.Reports;

namespace OmicsReports.Data.Reports;

public enum DiffChange
{
    Added,
    Removed,
    Changed,
}

/// <summary>One difference between two versions, e.g. (Implications, Changed, "BRAF V600E: tier IIC → IA").</summary>
public sealed record DiffEntry(string Section, DiffChange Change, string Text);

/// <summary>One side of a comparison: the snapshots and the pathologist's review of a version.</summary>
public sealed record DiffSide(int Version, VersionSnapshot Snapshot, string InterpretiveComment, IReadOnlyList<HiddenImplication> Hidden);

/// <summary>
/// What changed between two versions of a case, section by section, for the version history. Implications are
/// matched by biomarker, therapies and direction, so a re-tiered implication reads as a change rather than a swap.
/// </summary>
public static class VersionDiff
{
    public static IReadOnlyList<DiffEntry> Compare(DiffSide older, DiffSide newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var (a, b) = (older.Snapshot, newer.Snapshot);
        var entries = new List<DiffEntry>();
        if (a.Report.KnowledgeBase.Version != b.Report.KnowledgeBase.Version)
        {
            entries.Add(new("Knowledge base", DiffChange.Changed, $"{a.Report.KnowledgeBase.Version} → {b.Report.KnowledgeBase.Version}"));
        }

        CompareImplications(a.Report, b.Report, entries);
        CompareKeyed("Key biomarkers", a.Report.KeyBiomarkers, b.Report.KeyBiomarkers, k => k.Name, k => k.Value, entries);
        CompareSets("Variants", a.Case.Variants.Select(v => v.Label), b.Case.Variants.Select(v => v.Label), entries);
        CompareKeyed("Copy number", a.Case.CopyNumbers, b.Case.CopyNumbers, c => c.Gene, c => c.Call.ToString(), entries);
        CompareSets("Fusions and structural variants", a.Case.StructuralVariants.Select(s => s.Label), b.Case.StructuralVariants.Select(s => s.Label), entries);
        CompareSets("Pertinent negatives", a.Report.PertinentNegatives.Select(p => $"{p.Gene} ({p.Layer})"), b.Report.PertinentNegatives.Select(p => $"{p.Gene} ({p.Layer})"), entries);
        CompareSets("Recommended tests", a.Report.RecommendedTests.Select(t => t.Test), b.Report.RecommendedTests.Select(t => t.Test), entries);
        CompareSets("Quality caveats", a.Report.QcFindings.Select(q => q.Message), b.Report.QcFindings.Select(q => q.Message), entries);
        if (!string.Equals(older.InterpretiveComment, newer.InterpretiveComment, StringComparison.Ordinal))
        {
            entries.Add(new("Interpretive comment", DiffChange.Changed, $"\"{Short(older.InterpretiveComment)}\" → \"{Short(newer.InterpretiveComment)}\""));
        }

        CompareSets("Hidden implications", older.Hidden.Select(h => $"{h.Biomarker}: {h.Reason}"), newer.Hidden.Select(h => $"{h.Biomarker}: {h.Reason}"), entries);
        return entries;
    }

    private static string Short(string text) => text.Length <= 240 ? text : text[..239] + "…";

    private static void CompareImplications(OmicsReport a, OmicsReport b, List<DiffEntry> entries)
    {
        static string Key(Implication i) => $"{i.Biomarker}|{string.Join('+', i.Therapies)}|{i.Direction}";
        static string Label(Implication i) => i.Therapies.Count == 0 ? i.Biomarker : $"{i.Biomarker}: {string.Join(" + ", i.Therapies)}";
        var before = a.Implications.GroupBy(Key).ToDictionary(g => g.Key, g => g.First());
        var after = b.Implications.GroupBy(Key).ToDictionary(g => g.Key, g => g.First());
        foreach (var (key, implication) in after.Where(p => !before.ContainsKey(p.Key)))
        {
            entries.Add(new("Implications", DiffChange.Added, $"{Label(implication)} (tier {implication.Tier})"));
        }

        foreach (var (key, implication) in before.Where(p => !after.ContainsKey(p.Key)))
        {
            entries.Add(new("Implications", DiffChange.Removed, $"{Label(implication)} (tier {implication.Tier})"));
        }

        foreach (var (key, old) in before.Where(p => after.ContainsKey(p.Key)))
        {
            var now = after[key];
            if (old.Tier != now.Tier || old.Level != now.Level)
            {
                entries.Add(new("Implications", DiffChange.Changed, $"{Label(now)}: tier {old.Tier} (level {old.Level}) → {now.Tier} (level {now.Level})"));
            }
        }
    }

    private static void CompareKeyed<T>(string section, IEnumerable<T> a, IEnumerable<T> b, Func<T, string> key, Func<T, string> value, List<DiffEntry> entries)
    {
        var before = a.GroupBy(key).ToDictionary(g => g.Key, g => value(g.First()));
        var after = b.GroupBy(key).ToDictionary(g => g.Key, g => value(g.First()));
        entries.AddRange(after.Where(p => !before.ContainsKey(p.Key)).Select(p => new DiffEntry(section, DiffChange.Added, $"{p.Key}: {p.Value}")));
        entries.AddRange(before.Where(p => !after.ContainsKey(p.Key)).Select(p => new DiffEntry(section, DiffChange.Removed, $"{p.Key}: {p.Value}")));
        entries.AddRange(before.Where(p => after.TryGetValue(p.Key, out var v) && v != p.Value)
            .Select(p => new DiffEntry(section, DiffChange.Changed, $"{p.Key}: {p.Value} → {after[p.Key]}")));
    }

    private static void CompareSets(string section, IEnumerable<string> a, IEnumerable<string> b, List<DiffEntry> entries)
    {
        var before = a.ToHashSet(StringComparer.Ordinal);
        var after = b.ToHashSet(StringComparer.Ordinal);
        entries.AddRange(after.Where(x => !before.Contains(x)).Order(StringComparer.Ordinal).Select(x => new DiffEntry(section, DiffChange.Added, x)));
        entries.AddRange(before.Where(x => !after.Contains(x)).Order(StringComparer.Ordinal).Select(x => new DiffEntry(section, DiffChange.Removed, x)));
    }
}
