using OmicsReports.Domain.Reports;
using OmicsReports.Domain.Reports.Summary;

namespace OmicsReports.Reporting.Components;

/// <summary>
/// One card of the key findings with its implications, in the Domain's order: the named option (the preferred
/// regimen, when a guideline names one) first, the alternatives after it, folded.
/// </summary>
public sealed record ImplicationOptionGroup(SummaryCard Card, IReadOnlyList<IndexedImplication> Options)
{
    public IndexedImplication First => Options[0];

    public static ImplicationOptionGroup Of(SummaryCard card, OmicsReport report)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(report);
        return new ImplicationOptionGroup(card, card.Options.Select(i => new IndexedImplication(i, report.Implications[i])).ToList());
    }
}
