using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Reports;

namespace OmicsReports.Reporting.Components;

/// <summary>A drug's own dose instruction inside a group whose members differ in it.</summary>
public sealed record DoseInstruction(string Therapies, string Dose);

/// <summary>
/// Implications that differ only in the regimen: same tier, kind, direction and biomarker text. The engine emits one
/// implication per regimen (ten for one EGFR variant in lung), so the key findings show them as one line of options.
/// Screen and paper render the same group; the words come from <see cref="ReportText"/>.
/// </summary>
public sealed record ImplicationOptionGroup(IReadOnlyList<IndexedImplication> Options)
{
    public IndexedImplication First => Options[0];

    public IReadOnlyList<Implication> Implications => Options.Select(o => o.Implication).ToList();

    /// <summary>The style family of the group: sensitive, resistance, pgx or info (see <see cref="ImplicationStyle"/>).</summary>
    public string Kind => ImplicationStyle.KindOf(First.Implication);

    /// <summary>"3 options", "2 drugs to avoid", "2 drugs".</summary>
    public string Noun => ReportText.GroupNoun(First.Implication, Options.Count);

    public string Evidence => ReportText.Evidence(Implications);

    public string AriaLabel =>
        $"{First.Implication.Biomarker}: {Noun}, {ReportText.Direction(First.Implication.Direction)}, tier {First.Implication.Tier}";

    /// <summary>The one dose instruction every member shares, or null when there is none or they differ.</summary>
    public string? SharedDose =>
        Options.Select(o => o.Implication.DoseAdjustment).Distinct(StringComparer.Ordinal).ToList() is [{ } only] ? only : null;

    /// <summary>
    /// Each drug's own dose instruction when the members differ, so that the summary (and paper, which cannot unfold)
    /// states every instruction instead of pointing elsewhere.
    /// </summary>
    public IReadOnlyList<DoseInstruction> DoseInstructions => SharedDose is not null
        ? []
        : Options.Where(o => o.Implication.DoseAdjustment is not null)
            .Select(o => new DoseInstruction(ReportText.Therapies(o.Implication), o.Implication.DoseAdjustment!)).ToList();

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
