using System.Globalization;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Knowledge.Criteria;

namespace OmicsReports.Domain.Knowledge.Matching;

/// <summary>
/// Whether this specimen can carry a negative inference ("RAS wild type", "no ALK fusion"): only when it passes the
/// knowledge base's QC policy. Below the minimum purity or coverage a normal-looking result may be a false negative
/// (DOMAIN.md, "A negative that is not one"), so the genes are "not reliably excluded".
/// </summary>
public static class NegativeEvidence
{
    /// <summary>Why negatives are unreliable for this specimen, e.g. "tumour purity 15% is below 20%"; null when they hold.</summary>
    public static string? Caveat(Specimen specimen, QcPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(specimen);
        ArgumentNullException.ThrowIfNull(policy);
        var reasons = new List<string>();
        if (specimen.TumorPurity is { } purity && purity < policy.MinimumPurity)
        {
            reasons.Add($"tumour purity {Percent(purity)} is below {Percent(policy.MinimumPurity)}");
        }

        if (specimen.MeanCoverage is { } coverage && coverage < policy.MinimumMeanCoverage)
        {
            reasons.Add($"mean coverage {coverage.ToString("0", CultureInfo.InvariantCulture)}x is below {policy.MinimumMeanCoverage.ToString("0", CultureInfo.InvariantCulture)}x");
        }

        return reasons.Count == 0 ? null : string.Join(" and ", reasons);
    }

    /// <summary>The layers and genes a criterion looks at, for "not reliably excluded" statements.</summary>
    public static IEnumerable<Untested> Scope(Criterion criterion, string caveat) => criterion switch
    {
        ExonSkippingCriterion c => [new Untested(Layer.SmallVariants, c.Gene, caveat), new Untested(Layer.StructuralVariants, c.Gene, caveat)],
        VariantCriterion c => [new Untested(Layer.SmallVariants, c.Gene, caveat)],
        CopyNumberCriterion c => [new Untested(Layer.CopyNumber, c.Gene, caveat)],
        FusionCriterion c => [new Untested(Layer.StructuralVariants, c.Gene, caveat)],
        TmbCriterion => [new Untested(Layer.Tmb, null, caveat)],
        MsiCriterion => [new Untested(Layer.Msi, null, caveat)],
        AllOfCriterion c => c.Parts.SelectMany(p => Scope(p, caveat)),
        AnyOfCriterion c => c.Parts.SelectMany(p => Scope(p, caveat)),
        NoneOfCriterion c => c.Parts.SelectMany(p => Scope(p, caveat)),
        _ => criterion.Genes.Select(g => new Untested(Layer.Protein, g, caveat)),
    };

    private static string Percent(double fraction) => (fraction * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
