using OmicsReports.Domain.Knowledge.Matching;

namespace OmicsReports.Domain.Reports.Distillation;

/// <summary>
/// Orders implications by tier; within a tier unconditional before conditional and on-label before carried-over
/// evidence, then by line of therapy (first line before later lines) with the preferred regimen first, then strength
/// of evidence, match specificity and evidence in this tumour type; the remaining keys (text, rule id) only make the
/// order total, so that equal inputs give equal reports.
/// </summary>
public static class ImplicationRanking
{
    public static IComparer<Implication> Comparer { get; } = Comparer<Implication>.Create(Compare);

    private static int Compare(Implication? x, Implication? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var order = x.Tier.CompareTo(y.Tier);
        order = order != 0 ? order : (x.Condition is not null).CompareTo(y.Condition is not null);
        order = order != 0 ? order : x.CarriedOver.CompareTo(y.CarriedOver);
        order = order != 0 ? order : Line(x).CompareTo(Line(y));
        order = order != 0 ? order : y.Preferred.CompareTo(x.Preferred);
        order = order != 0 ? order : x.EvidenceLevel.CompareTo(y.EvidenceLevel);
        order = order != 0 ? order : MatchSpecificityComparer.MostSpecificFirst.Compare(x.Specificity, y.Specificity);
        order = order != 0 ? order : y.InThisTumorType.CompareTo(x.InThisTumorType);
        order = order != 0 ? order : x.Kind.CompareTo(y.Kind);
        order = order != 0 ? order : x.Direction.CompareTo(y.Direction);
        order = order != 0 ? order : string.CompareOrdinal(x.Biomarker, y.Biomarker);
        order = order != 0 ? order : string.CompareOrdinal(string.Join('+', x.Therapies), string.Join('+', y.Therapies));
        return order != 0 ? order : string.CompareOrdinal(x.RuleIds[0], y.RuleIds[0]);
    }

    // Statements without a setting (resistance, pharmacogenomics) sort with options that hold in any line.
    private static int Line(Implication implication) => (int)(implication.Setting?.Line ?? Knowledge.Therapies.TherapyLine.AnyLine);
}
