using OmicsReports.Domain.Reports;
using OmicsReports.Domain.Reports.Summary;

namespace OmicsReports.Reporting.Components;

/// <summary>A drug's own dose instruction inside a group whose members differ in it.</summary>
public sealed record DoseInstruction(string Therapies, string Dose);

/// <summary>
/// One card of the key findings with its implications, in the Domain's order (<see cref="SummaryLayout"/>): the named
/// option (the preferred regimen, when a guideline names one) first, the alternatives after it. Screen and paper
/// render the same card; the words come from <see cref="ReportText"/>.
/// </summary>
public sealed record ImplicationOptionGroup(SummaryCard Card, IReadOnlyList<IndexedImplication> Options)
{
    public IndexedImplication First => Options[0];

    public IReadOnlyList<Implication> Implications => Options.Select(o => o.Implication).ToList();

    /// <summary>A therapy card names one regimen and folds the alternatives; other cards list their drugs.</summary>
    public bool IsTherapyCard => Card.Section == CardSection.Therapy;

    /// <summary>The style family of the group: sensitive, resistance, pgx or info (see <see cref="ImplicationStyle"/>).</summary>
    public string Kind => ImplicationStyle.KindOf(First.Implication);

    /// <summary>"3 options", "2 drugs to avoid", "2 drugs".</summary>
    public string Noun => ReportText.GroupNoun(First.Implication, Options.Count);

    public string Evidence => ReportText.Evidence(Implications);

    public string AriaLabel => IsTherapyCard
        ? $"{Card.Biomarker}: {ReportText.Therapies(First.Implication)}{(Card.NamedIsPreferred ? " (preferred)" : "")}" +
          $"{(Card.Heading is { } heading ? $", {heading}" : "")}, {Options.Count - 1} more, tier {First.Implication.Tier}"
        : $"{Card.Biomarker}: {Noun}, {ReportText.Direction(First.Implication.Direction)}, tier {First.Implication.Tier}";

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

    public static ImplicationOptionGroup Of(SummaryCard card, OmicsReport report)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(report);
        return new ImplicationOptionGroup(card, card.Options.Select(i => new IndexedImplication(i, report.Implications[i])).ToList());
    }
}
