using OmicsReports.Domain.Reports;
using OmicsReports.Reporting.Components;

namespace OmicsReports.Reporting.Board;

/// <summary>One therapy the board's decision list offers.</summary>
/// <param name="Index">The implication's position in the report, which the stored decision refers to.</param>
/// <param name="Text">What the list shows, with a mark when something pulls the other way or the option is hidden.</param>
/// <param name="Conflicts">The report's explanations of the conflicts on these drugs; empty when there is none.</param>
/// <param name="HiddenReason">Set only for a hidden implication that an earlier save chose, so that choice stays legible.</param>
public sealed record BoardDecisionOption(int Index, string Text, IReadOnlyList<string> Conflicts, string? HiddenReason);

/// <summary>
/// What a board may recommend from a report: the therapies of the report's "Therapies" section and nothing else. Dose
/// alerts, resistance, drugs to avoid and prognostic statements are findings to weigh, not options to choose, and an
/// implication the pathologist hid is not offered. Conflicts are marked as the report marks them.
/// </summary>
public static class BoardDecisionOptions
{
    /// <param name="hidden">Implications hidden on the report, by position, with the reason.</param>
    /// <param name="chosen">The position a saved decision already refers to; kept (and marked) if it has been hidden since.</param>
    public static IReadOnlyList<BoardDecisionOption> Of(OmicsReport report, IReadOnlyDictionary<int, string>? hidden, int? chosen)
    {
        var groups = ImplicationGroups.Of(report, hidden);
        var options = groups.Sensitive.SelectMany(card => card.Options).Where(x => IsTherapy(x.Implication)).Select(x => Option(x, null)).ToList();
        if (chosen is { } index && hidden is not null && hidden.TryGetValue(index, out var reason) &&
            groups.Hidden.FirstOrDefault(h => h.Index == index) is { } kept && IsTherapy(kept.Implication))
        {
            options.Add(Option(kept, reason));
        }

        return options;
    }

    /// <summary>Whether a board may recommend this implication: a therapy with evidence of benefit, not a dose alert.</summary>
    public static bool IsTherapy(Implication implication)
    {
        ArgumentNullException.ThrowIfNull(implication);
        return implication.Kind == ImplicationKind.Therapeutic && implication.Direction == Direction.Sensitive && implication.Therapies.Count > 0;
    }

    /// <summary>
    /// The option's words: biomarker, regimen, tier and line of therapy with the report's own conflict or contradiction
    /// mark (<see cref="ReportText.BoardOption"/>), and a mark when the pathologist has hidden it since.
    /// </summary>
    public static string Text(Implication implication, string? hiddenReason = null)
    {
        ArgumentNullException.ThrowIfNull(implication);
        var text = ReportText.BoardOption(implication);
        return hiddenReason is not null ? $"{text} — hidden by the pathologist" : text;
    }

    private static BoardDecisionOption Option(IndexedImplication item, string? hiddenReason) =>
        new(item.Index, Text(item.Implication, hiddenReason), item.Implication.Conflicts, hiddenReason);
}
