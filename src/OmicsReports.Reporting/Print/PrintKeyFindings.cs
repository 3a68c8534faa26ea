using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Reports;

namespace OmicsReports.Reporting.Print;

/// <summary>
/// The page-1 groups of a report, in the order oncologists read them (see ../shared/DOMAIN.md, "What a good report
/// page 1 holds"). It only sorts the report's implications into groups, keeping the report's ranking; it never
/// recomputes a tier. When the viewer's key-findings component is in main, its grouping should replace this one, so
/// that screen and paper cannot group differently (docs/pdf.md).
/// </summary>
public sealed record PrintKeyFindings(
    IReadOnlyList<Implication> TherapiesThisTumorType,
    IReadOnlyList<Implication> TherapiesOtherTumorTypes,
    IReadOnlyList<Implication> Resistance,
    IReadOnlyList<Implication> Pharmacogenomic,
    IReadOnlyList<Implication> PrognosticOrDiagnostic,
    IReadOnlyList<Reference> Trials)
{
    public static PrintKeyFindings From(OmicsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        // Tier III carries no actionable statement; it belongs in the details, not on page 1.
        var featured = report.Implications.Where(i => i.Tier != EvidenceTier.III).ToList();
        var therapeutic = featured.Where(i => i.Kind == ImplicationKind.Therapeutic).ToList();
        bool Benefit(Implication i) => i.Direction == Direction.Sensitive;

        return new PrintKeyFindings(
            therapeutic.Where(i => Benefit(i) && i.InThisTumorType).ToList(),
            therapeutic.Where(i => Benefit(i) && !i.InThisTumorType).ToList(),
            therapeutic.Where(i => i.Direction is Direction.Resistant or Direction.Avoid).ToList(),
            report.Implications.Where(i => i.Kind == ImplicationKind.Pharmacogenomic).ToList(),
            featured.Where(i => i.Kind is ImplicationKind.Prognostic or ImplicationKind.Diagnostic).ToList(),
            featured.SelectMany(i => i.References)
                .Where(r => string.Equals(r.Kind, "trial", StringComparison.OrdinalIgnoreCase))
                .DistinctBy(r => r.Id)
                .ToList());
    }

    public bool HasActionableTherapy => TherapiesThisTumorType.Count + TherapiesOtherTumorTypes.Count > 0;
}
