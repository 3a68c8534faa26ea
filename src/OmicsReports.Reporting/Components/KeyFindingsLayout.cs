using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Reports;
using OmicsReports.Domain.Reports.Summary;

namespace OmicsReports.Reporting.Components;

/// <summary>One band of a key-findings section: the groups at one tier (therapies), or all of a section's groups.</summary>
/// <param name="Tier">The tier the band lists, or null when the section is not split by tier.</param>
public sealed record FindingBand(EvidenceTier? Tier, IReadOnlyList<ImplicationOptionGroup> Groups)
{
    public string? Caption => Tier is { } tier ? ReportText.TierDescription(tier) : null;
}

/// <summary>A section of the key findings, e.g. "Therapies" or "Pharmacogenomic dose alerts".</summary>
/// <param name="Id">The heading's id; tests and the PDF's accessibility tags name sections by it.</param>
/// <param name="Kind">The style family of its cards (see <see cref="ImplicationStyle"/>).</param>
/// <param name="Empty">What the section says when it lists nothing, or null when an empty section is left out.</param>
public sealed record FindingSection(string Id, string Title, string Kind, IReadOnlyList<FindingBand> Bands, string? Empty)
{
    public bool IsEmpty => Bands.All(b => b.Groups.Count == 0);
}

/// <summary>
/// What page 1 of a report says, arranged once for every rendering: the screen (MudBlazor), the board's slide and the
/// PDF (plain HTML) iterate these sections, so they cannot group or order differently. The engine has ranked the
/// implications already; nothing here re-ranks, drops or recomputes a tier. A new section belongs here, in
/// <see cref="Of"/>, and then shows everywhere.
/// </summary>
/// <param name="CarriedOver">
/// Options approved for the biomarker in other tumour types, which the carry-over policy keeps out of the therapies;
/// every rendering lists them in their own section below the on-label options.
/// </param>
public sealed record KeyFindingsLayout(
    IReadOnlyList<FindingSection> Sections, IReadOnlyList<CarriedOverLine> CarriedOver, IReadOnlyList<IndexedImplication> Hidden, IReadOnlyList<Layer> NotAssessed)
{
    public static KeyFindingsLayout Of(OmicsCase omicsCase, OmicsReport report, IReadOnlyDictionary<int, string>? hidden)
    {
        ArgumentNullException.ThrowIfNull(omicsCase);
        var groups = ImplicationGroups.Of(report, hidden);
        var notAssessed = Enum.GetValues<Layer>().Where(l => l.IsRoutine() && !omicsCase.Profiling.Assessed(l)).ToList();
        // The Domain has ordered the cards; bands only caption runs of one tier, in that order.
        var therapies = groups.Sensitive.GroupBy(g => g.Card.Tier)
            .Select(tier => new FindingBand(tier.Key, tier.ToList())).ToList();
        var sections = new List<FindingSection>
        {
            new("kf-therapies", "Therapies", "sensitive", therapies,
                groups.CarriedOver.Count > 0
                    ? "No therapy with evidence in this tumour type; options approved in other tumour types are listed below."
                    : "No therapy with evidence was found in the layers that were assessed." +
                      (notAssessed.Count > 0 ? " Some layers were not tested (see Not tested)." : string.Empty)),
            Whole("kf-resistance", "Resistance and drugs to avoid", "resistance", groups.Resistance),
            Whole("kf-pgx", "Pharmacogenomic dose alerts", "pgx", groups.Pharmacogenomic),
            Whole("kf-info", "Prognostic and diagnostic", "info", groups.Informative),
        };
        return new KeyFindingsLayout(sections.Where(s => s.Empty is not null || !s.IsEmpty).ToList(), groups.CarriedOver, groups.Hidden, notAssessed);
    }

    private static FindingSection Whole(string id, string title, string kind, IReadOnlyList<ImplicationOptionGroup> cards) =>
        new(id, title, kind, cards.Count == 0 ? [] : [new FindingBand(null, cards)], null);
}
