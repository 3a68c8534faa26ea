using OmicsReports.Domain.Reports;
using OmicsReports.Domain.Reports.Summary;

namespace OmicsReports.Ingest.Tests.Knowledge.CaseTables;

/// <summary>
/// What must hold for every report, whatever the case (issue 11, "Done when"): no carried-over option among the
/// on-label cards (they have their own folded section, below), and every carried-over option in that section.
/// </summary>
public static class SummaryInvariants
{
    public static IEnumerable<string> Check(OmicsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var layout = SummaryLayout.Of(report);
        foreach (var card in layout.Therapies.Concat(layout.Against).Where(c => c.Options.Any(o => report.Implications[o].CarriedOver)))
        {
            yield return $"invariant: card {card.Id} ({card.Biomarker}) holds a carried-over option among the on-label cards";
        }

        var listed = layout.CarriedOver.SelectMany(l => l.Options).ToHashSet();
        foreach (var (implication, index) in report.Implications.Select((i, n) => (i, n)).Where(x => x.i.CarriedOver && !listed.Contains(x.n)))
        {
            yield return $"invariant: carried-over {string.Join(" + ", implication.Therapies)} (position {index}) is missing from its section";
        }
    }
}
