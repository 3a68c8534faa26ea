using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Reports;

namespace OmicsReports.Reporting.Print;

/// <summary>
/// The key-findings groups of the tumour-board minutes, in the order oncologists read them (see ../shared/DOMAIN.md,
/// "What a good report page 1 holds"). It only sorts the report's implications into groups, keeping the report's
/// ranking; it never recomputes a tier. Page 1 of the report PDF does not use it: it renders the screen's
/// <c>KeyFindings</c> component, so that screen and paper cannot group differently (docs/pdf.md).
/// </summary>
public sealed record PrintKeyFindings(
    IReadOnlyList<Implication> TherapiesThisTumorType,
    IReadOnlyList<Implication> TherapiesOtherTumorTypes,
    IReadOnlyList<Implication> Resistance,
    IReadOnlyList<Implication> Pharmacogenomic,
    IReadOnlyList<Implication> PrognosticOrDiagnostic)
{
    public static PrintKeyFindings From(OmicsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var featured = Featured(report).Select(x => x.Implication).ToList();
        var therapeutic = featured.Where(i => i.Kind == ImplicationKind.Therapeutic).ToList();
        bool Benefit(Implication i) => i.Direction == Direction.Sensitive;

        return new PrintKeyFindings(
            therapeutic.Where(i => Benefit(i) && !i.CarriedOver && (i.InThisTumorType || i.Condition is not null)).ToList(),
            therapeutic.Where(i => Benefit(i) && (i.CarriedOver || (!i.InThisTumorType && i.Condition is null))).ToList(),
            therapeutic.Where(i => i.Direction is Direction.Resistant or Direction.Avoid).ToList(),
            report.Implications.Where(i => i.Kind == ImplicationKind.Pharmacogenomic).ToList(),
            featured.Where(i => i.Kind is ImplicationKind.Prognostic or ImplicationKind.Diagnostic).ToList());
    }

    /// <summary>
    /// The clinical trials cited by the implications page 1 features, each once. An implication the pathologist hid
    /// offers no trial: the hook would promote what the pathologist set aside.
    /// </summary>
    public static IReadOnlyList<Reference> TrialHooks(OmicsReport report, IReadOnlyDictionary<int, string>? hidden)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Featured(report)
            .Where(x => hidden is null || !hidden.ContainsKey(x.Index))
            .SelectMany(x => x.Implication.References)
            .Where(r => string.Equals(r.Kind, "trial", StringComparison.OrdinalIgnoreCase))
            .DistinctBy(r => r.Id)
            .ToList();
    }

    // Tier III carries no actionable statement; it belongs in the details, not among the key findings.
    private static IEnumerable<(int Index, Implication Implication)> Featured(OmicsReport report) =>
        report.Implications.Select((implication, index) => (index, implication)).Where(x => x.implication.Tier != EvidenceTier.III);
}
