using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Reports;

namespace OmicsReports.Reporting.Components;

/// <summary>
/// Implications that differ only in the regimen: same tier, kind, direction and biomarker text. The engine emits one
/// implication per regimen (ten for one EGFR variant in lung), so the key findings show them as one line of options.
/// </summary>
public sealed record ImplicationOptionGroup(IReadOnlyList<IndexedImplication> Options)
{
    public IndexedImplication First => Options[0];

    /// <summary>
    /// Folds a section's implications into option groups. A group takes the place of its first member and keeps its
    /// members in the engine's order, so nothing is dropped or re-ranked, only gathered under one biomarker.
    /// </summary>
    public static IReadOnlyList<ImplicationOptionGroup> Fold(IEnumerable<IndexedImplication> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var order = new List<List<IndexedImplication>>();
        var byKey = new Dictionary<(EvidenceTier, ImplicationKind, Direction, string), List<IndexedImplication>>();
        foreach (var item in items)
        {
            var implication = item.Implication;
            var key = (implication.Tier, implication.Kind, implication.Direction, implication.Biomarker);
            if (!byKey.TryGetValue(key, out var members))
            {
                members = [];
                byKey.Add(key, members);
                order.Add(members);
            }

            members.Add(item);
        }

        return order.Select(members => new ImplicationOptionGroup(members)).ToList();
    }
}
