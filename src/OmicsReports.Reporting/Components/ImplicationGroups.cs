using OmicsReports.Domain.Reports;
using OmicsReports.Domain.Reports.Summary;

namespace OmicsReports.Reporting.Components;

/// <summary>An implication with its position in the report, which names it for review decisions.</summary>
public sealed record IndexedImplication(int Index, Implication Implication);

/// <summary>
/// The sections of the key findings, as the Domain's <see cref="SummaryLayout"/> groups them (one grouping for screen,
/// PDF and board): cards of options per biomarker and line, resistance, pharmacogenomic and prognostic cards, the
/// carried-over options, and what the pathologist hid. The renderers only display; they never re-rank.
/// </summary>
public sealed record ImplicationGroups(
    IReadOnlyList<ImplicationOptionGroup> Sensitive,
    IReadOnlyList<ImplicationOptionGroup> Resistance,
    IReadOnlyList<ImplicationOptionGroup> Pharmacogenomic,
    IReadOnlyList<ImplicationOptionGroup> Informative,
    IReadOnlyList<CarriedOverLine> CarriedOver,
    IReadOnlyList<IndexedImplication> Hidden)
{
    public static ImplicationGroups Empty { get; } = new([], [], [], [], [], []);

    public static ImplicationGroups Of(OmicsReport report, IReadOnlyDictionary<int, string>? hidden)
    {
        ArgumentNullException.ThrowIfNull(report);
        var layout = SummaryLayout.Of(report, hidden?.Keys.ToHashSet());
        IReadOnlyList<ImplicationOptionGroup> Cards(IReadOnlyList<SummaryCard> cards) => cards.Select(c => ImplicationOptionGroup.Of(c, report)).ToList();
        return new ImplicationGroups(
            Cards(layout.Therapies),
            Cards(layout.Against),
            Cards(layout.Pharmacogenomic),
            Cards(layout.Informative),
            layout.CarriedOver,
            layout.Hidden.Select(i => new IndexedImplication(i, report.Implications[i])).ToList());
    }
}
