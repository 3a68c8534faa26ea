using OmicsReports.Domain.Knowledge.Therapies;
using OmicsReports.Domain.Reports.Distillation;

namespace OmicsReports.Domain.Reports.Summary;

/// <summary>
/// The one grouping of a report's key findings, shared by the screen, the PDF and the board, so that renderers only
/// display: therapy cards per biomarker and line of therapy (first line before later lines, the preferred regimen
/// named, alternatives folded), resistance cards, the carried-over options in their own section below every on-label
/// option, then pharmacogenomic and prognostic cards. Hidden implications are kept apart.
/// </summary>
public sealed record SummaryLayout(
    IReadOnlyList<SummaryCard> Therapies,
    IReadOnlyList<SummaryCard> Against,
    IReadOnlyList<CarriedOverLine> CarriedOver,
    IReadOnlyList<SummaryCard> Pharmacogenomic,
    IReadOnlyList<SummaryCard> Informative,
    IReadOnlyList<int> Hidden)
{
    /// <summary>The therapy cards a reader meets on the summary: options, resistance, and the folded carried-over section as one.</summary>
    public int TherapyCardCount => Therapies.Count + Against.Count + (CarriedOver.Count > 0 ? 1 : 0);

    public IEnumerable<SummaryCard> Cards => Therapies.Concat(Against).Concat(Pharmacogenomic).Concat(Informative);

    /// <summary>The card that shows an implication, or null (hidden, or carried over).</summary>
    public SummaryCard? CardOf(int implication) => Cards.FirstOrDefault(c => c.Options.Contains(implication));

    public static SummaryLayout Of(OmicsReport report, IReadOnlySet<int>? hidden = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var shown = report.Implications.Select((implication, index) => (Index: index, Implication: implication))
            .Where(x => hidden is null || !hidden.Contains(x.Index)).ToArray();
        var therapeutic = shown.Where(x => x.Implication.Kind == ImplicationKind.Therapeutic).ToArray();
        var against = therapeutic.Where(x => x.Implication.Direction is Direction.Resistant or Direction.Avoid).ToArray();
        var options = therapeutic.Except(against).ToArray();

        var drafts = new List<Draft>();
        drafts.AddRange(TherapyCards(options.Where(x => !x.Implication.CarriedOver).ToArray()));
        drafts.AddRange(Fold(CardSection.Against, against, x => $"{FindingKey(x.Implication)}|{x.Implication.Tier}"));
        drafts.AddRange(Fold(CardSection.Pharmacogenomic, shown.Where(x => x.Implication.Kind == ImplicationKind.Pharmacogenomic),
            x => $"{x.Implication.Biomarker}|{x.Implication.Direction}|{x.Implication.Tier}"));
        drafts.AddRange(Fold(CardSection.Informative, shown.Where(x => x.Implication.Kind is ImplicationKind.Prognostic or ImplicationKind.Diagnostic),
            x => $"{x.Implication.Biomarker}|{x.Implication.Tier}"));

        var cards = Link(drafts, report);
        return new SummaryLayout(
            cards.Where(c => c.Section == CardSection.Therapy).ToArray(),
            cards.Where(c => c.Section == CardSection.Against).ToArray(),
            CarriedOverLines(report, options.Where(x => x.Implication.CarriedOver).ToArray()),
            cards.Where(c => c.Section == CardSection.Pharmacogenomic).ToArray(),
            cards.Where(c => c.Section == CardSection.Informative).ToArray(),
            hidden is null ? [] : report.Implications.Select((_, i) => i).Where(hidden.Contains).ToArray());
    }

    private sealed record Draft(CardSection Section, string Biomarker, string? Heading, IReadOnlyList<int> Options, Knowledge.EvidenceTier Tier, bool Preferred);

    // One card per biomarker, line and tier; a contradicted or conditional option gets its own card, so that its mark
    // is not hidden among ordinary options, and a tier II option never sits under a tier I badge.
    private static IEnumerable<Draft> TherapyCards((int Index, Implication Implication)[] options)
    {
        var firstOfBiomarker = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (index, implication) in options)
        {
            firstOfBiomarker.TryAdd(BiomarkerKey(implication), index);
        }

        return options
            .GroupBy(x => (BiomarkerKey(x.Implication), x.Implication.Setting?.Line, x.Implication.ContradictedBy is not null, x.Implication.Condition, x.Implication.Tier))
            .Select(g =>
            {
                var members = g.OrderBy(x => x.Implication.PriorTherapy?.Received.Count > 0)
                    .ThenBy(x => x.Implication.PriorTherapy?.RequirementMet == false)
                    .ThenBy(x => x.Implication.Tier)
                    .ThenBy(x => !x.Implication.Preferred)
                    .ThenBy(x => x.Index)
                    .ToArray();
                var named = members[0].Implication;
                return (Draft: new Draft(CardSection.Therapy, Label(members.Select(m => m.Implication)), SettingText.CardHeading(g.Key.Line),
                        members.Select(m => m.Index).ToArray(), members.Min(m => m.Implication.Tier), named.Preferred && named.PriorTherapy?.Received.Count is null or 0),
                    Order: (members.Min(m => m.Implication.Tier), firstOfBiomarker[g.Key.Item1], LineOrder(g.Key.Line, members.Select(m => m.Implication))));
            })
            .OrderBy(x => x.Order.Item1).ThenBy(x => x.Order.Item2).ThenBy(x => x.Order.Item3).ThenBy(x => x.Draft.Options[0])
            .Select(x => x.Draft);
    }

    // An option the patient now qualifies for (its required prior therapy was received) comes before the first line;
    // a card whose every option was already received comes after the rest of its biomarker.
    private static int LineOrder(TherapyLine? line, IEnumerable<Implication> members)
    {
        var list = members.ToArray();
        if (list.All(m => m.PriorTherapy?.Received.Count > 0))
        {
            return 100;
        }

        return list.Any(m => m.PriorTherapy?.RequirementMet == true) ? -1 : (int)(line ?? TherapyLine.AnyLine);
    }

    private static IEnumerable<Draft> Fold(CardSection section, IEnumerable<(int Index, Implication Implication)> items, Func<(int Index, Implication Implication), string> key) =>
        items.GroupBy(key, StringComparer.Ordinal)
            .Select(g => g.ToArray())
            .Select(members => new Draft(section, section == CardSection.Against ? Label(members.Select(m => m.Implication)) : members[0].Implication.Biomarker,
                null, members.Select(m => m.Index).ToArray(),
                members.Min(m => m.Implication.Tier), false))
            .OrderBy(d => d.Tier).ThenBy(d => d.Options[0]);

    private static SummaryCard[] Link(List<Draft> drafts, OmicsReport report)
    {
        var cardOf = new Dictionary<int, string>();
        foreach (var draft in drafts)
        {
            foreach (var option in draft.Options)
            {
                cardOf[option] = $"card-{draft.Options[0]}";
            }
        }

        return drafts.Select(d =>
        {
            var id = $"card-{d.Options[0]}";
            var links = report.Conflicts
                .Where(c => d.Options.Contains(c.For) || d.Options.Contains(c.Against))
                .Select(c => (Other: d.Options.Contains(c.For) ? c.Against : c.For, c.Explanation))
                .Where(x => cardOf.TryGetValue(x.Other, out var other) && other != id)
                .Select(x => new CardLink(cardOf[x.Other], x.Explanation))
                .Distinct()
                .ToArray();
            return new SummaryCard(id, d.Section, d.Biomarker, d.Heading, d.Tier, d.Options, d.Preferred, links);
        }).ToArray();
    }

    private static CarriedOverLine[] CarriedOverLines(OmicsReport report, (int Index, Implication Implication)[] carried) =>
        carried.GroupBy(x => string.Join(" + ", x.Implication.Therapies), StringComparer.Ordinal)
            .Select(g => new CarriedOverLine(
                g.Key,
                Label(g.Select(x => x.Implication)),
                g.SelectMany(x => x.Implication.SourceTumorTypes).Distinct(StringComparer.Ordinal).ToArray(),
                g.Min(x => x.Implication.Tier),
                g.Select(x => x.Index).ToArray()))
            .OrderBy(l => l.Tier).ThenBy(l => l.Options[0])
            .ToArray();

    /// <summary>The biomarker a card is about: the genes found, else the findings (MSI-High, TMB), else the rule's words.</summary>
    private static string BiomarkerKey(Implication implication) =>
        implication.Genes.Count > 0 ? string.Join(",", implication.Genes.Order(StringComparer.Ordinal))
        : implication.Matched.Count > 0 ? string.Join(";", implication.Matched.Select(m => m.Label).Order(StringComparer.Ordinal))
        : implication.Biomarker;

    private static string FindingKey(Implication implication) =>
        implication.Matched.Count > 0 ? string.Join(";", implication.Matched.Select(m => m.Label).Order(StringComparer.Ordinal)) : implication.Biomarker;

    /// <summary>What the card shows as its biomarker: the findings behind its options, or the first option's biomarker.</summary>
    private static string Label(IEnumerable<Implication> members)
    {
        var list = members.ToArray();
        var labels = list.SelectMany(m => m.Matched.Select(f => f.Label)).Distinct(StringComparer.Ordinal).ToArray();
        return labels.Length > 0 ? string.Join(", ", labels) : list[0].Biomarker;
    }
}
