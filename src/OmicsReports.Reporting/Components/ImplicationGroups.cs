using OmicsReports.Domain.Reports;

namespace OmicsReports.Reporting.Components;

/// <summary>An implication with its position in the report, which names it for review decisions.</summary>
public sealed record IndexedImplication(int Index, Implication Implication);

/// <summary>
/// The kinds of the key findings. The engine has ranked the implications already; grouping keeps that order inside
/// each kind and never re-ranks. <see cref="KeyFindingsLayout"/> arranges them into sections.
/// </summary>
public sealed record ImplicationGroups(
    IReadOnlyList<IndexedImplication> Sensitive,
    IReadOnlyList<IndexedImplication> Resistance,
    IReadOnlyList<IndexedImplication> Pharmacogenomic,
    IReadOnlyList<IndexedImplication> Informative,
    IReadOnlyList<IndexedImplication> Hidden)
{
    public static ImplicationGroups Empty { get; } = new([], [], [], [], []);

    public static ImplicationGroups Of(OmicsReport report, IReadOnlyDictionary<int, string>? hidden)
    {
        ArgumentNullException.ThrowIfNull(report);
        var all = report.Implications.Select((implication, index) => new IndexedImplication(index, implication)).ToList();
        var shown = all.Where(x => hidden is null || !hidden.ContainsKey(x.Index)).ToList();
        return new ImplicationGroups(
            shown.Where(x => x.Implication.Kind == ImplicationKind.Therapeutic && !x.Implication.IsAgainst).ToList(),
            shown.Where(x => x.Implication.Kind == ImplicationKind.Therapeutic && x.Implication.IsAgainst).ToList(),
            shown.Where(x => x.Implication.Kind == ImplicationKind.Pharmacogenomic).ToList(),
            shown.Where(x => x.Implication.Kind is ImplicationKind.Prognostic or ImplicationKind.Diagnostic).ToList(),
            all.Where(x => hidden is not null && hidden.ContainsKey(x.Index)).ToList());
    }
}
