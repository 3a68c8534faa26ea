using OmicsReports.Domain.Knowledge.Changes;

namespace OmicsReports.Data.Knowledge;

/// <summary>The kinds of change a reanalysis stores per case, as flags so that the worklist can filter on one column.</summary>
[Flags]
public enum CaseChange
{
    None = 0,
    NewTierOne = 1,
    Dropped = 2,

    /// <summary>Re-tiered, or the same therapy with another direction.</summary>
    Retiered = 4,
    NewConflict = 8,

    /// <summary>A new implication below tier I.</summary>
    Added = 16,
}

public static class ChangeKinds
{
    /// <summary>The filterable kinds in the order the worklist offers them.</summary>
    public static IReadOnlyList<CaseChange> All { get; } = [CaseChange.NewTierOne, CaseChange.Dropped, CaseChange.Retiered, CaseChange.NewConflict, CaseChange.Added];

    public static CaseChange Of(ImplicationChangeKind kind) => kind switch
    {
        ImplicationChangeKind.NewTierOne => CaseChange.NewTierOne,
        ImplicationChangeKind.Dropped => CaseChange.Dropped,
        ImplicationChangeKind.Retiered or ImplicationChangeKind.Redirected => CaseChange.Retiered,
        ImplicationChangeKind.NewConflict => CaseChange.NewConflict,
        _ => CaseChange.Added,
    };

    public static CaseChange Of(IEnumerable<ImplicationChange> changes) =>
        changes.Aggregate(CaseChange.None, (all, change) => all | Of(change.Kind));

    public static string Label(CaseChange kind) => kind switch
    {
        CaseChange.NewTierOne => "new tier I therapy",
        CaseChange.Dropped => "implication dropped",
        CaseChange.Retiered => "re-tiered or redirected",
        CaseChange.NewConflict => "new conflict",
        CaseChange.Added => "new implication below tier I",
        _ => "no change",
    };

    /// <summary>"new tier I therapy, implication dropped" for a combination.</summary>
    public static string Labels(CaseChange kinds) =>
        kinds == CaseChange.None ? Label(CaseChange.None) : string.Join(", ", All.Where(k => kinds.HasFlag(k)).Select(Label));
}
