using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;
using OmicsReports.Domain.Knowledge.Criteria;

namespace OmicsReports.Domain.Knowledge.Matching;

/// <summary>Criteria on homologous recombination deficiency and HLA genotype.</summary>
internal static class ImmunogenomicMatching
{
    /// <summary>
    /// The laboratory's call decides a status criterion; a score criterion needs a score of the same kind. An
    /// indeterminate result, or a score without a call against a status criterion, decides nothing.
    /// </summary>
    public static CriterionResult Hrd(HrdCriterion c, CaseIndex index)
    {
        if (index.Case.Hrd is not { } hrd)
        {
            return CriterionResult.NotTested(Layer.Hrd, "HRD");
        }

        if (c.Status is { } wanted)
        {
            return hrd.Status switch
            {
                HrdStatus.Positive or HrdStatus.Negative when hrd.Status == wanted => CriterionResult.Holds(MatchSpecificity.Exact, [hrd]),
                HrdStatus.Positive or HrdStatus.Negative => CriterionResult.False,
                _ => Undecided(hrd, "HRD status"),
            };
        }

        // A negative call without the score still answers a score criterion: the laboratory applied its cut-off.
        if (hrd.Score is not { } score || !string.Equals(hrd.ScoreKind, c.ScoreKind, StringComparison.OrdinalIgnoreCase))
        {
            return hrd.Status == HrdStatus.Negative ? CriterionResult.False : Undecided(hrd, $"HRD {c.ScoreKind}");
        }

        return score >= c.AtLeast ? CriterionResult.Holds(MatchSpecificity.Exact, [hrd]) : CriterionResult.False;
    }

    /// <summary>
    /// Holds when either allele of the locus is the two-field allele; undecided when the locus was not typed or was
    /// typed only to the allele group that contains it (A*02 for A*02:01).
    /// </summary>
    public static CriterionResult Hla(HlaCriterion c, CaseIndex index)
    {
        if (index.Case.Hla.FirstOrDefault(h => string.Equals(h.Gene, c.Gene, StringComparison.Ordinal)) is not { } genotype)
        {
            return CriterionResult.NotTested(Layer.Hla, c.Gene);
        }

        var wanted = HlaAllele.Parse(c.Allele) ?? throw new InvalidOperationException($"The rule's HLA allele '{c.Allele}' cannot be read.");
        var answers = genotype.Alleles.Select(a => HlaAllele.Parse(a)?.IsProtein(wanted)).ToArray();
        return answers.Contains(true) ? CriterionResult.Holds(MatchSpecificity.Exact, [genotype])
            : answers.All(a => a == false) ? CriterionResult.False
            : new CriterionResult(Truth.Unknown, MatchSpecificity.Exact, [genotype], [new Untested(Layer.Hla, $"{c.Gene} at two-field resolution")]);
    }

    private static CriterionResult Undecided(HomologousRecombinationDeficiency hrd, string what) =>
        new(Truth.Unknown, MatchSpecificity.Exact, [hrd], [new Untested(Layer.Hrd, what)]);
}
