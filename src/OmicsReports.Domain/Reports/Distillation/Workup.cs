using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Knowledge.Matching;

namespace OmicsReports.Domain.Reports.Distillation;

/// <summary>
/// Compares the case with the standard work-up of its tumour type: standard biomarkers that were tested and found
/// normal (pertinent negatives), and standard tests that were not done (recommended tests). A gene outside the panel
/// of a layer is never a negative: it was not tested.
/// </summary>
public sealed class Workup(KnowledgeBase knowledgeBase, ITumorTypeHierarchy hierarchy)
{
    private static readonly string[] MmrProteins = ["MLH1", "MSH2", "MSH6", "PMS2"];

    public IReadOnlyList<TumorTypeStandard> StandardsFor(TumorType? tumorType) => tumorType is null
        ? []
        : knowledgeBase.Standards.Where(s => hierarchy.IsWithin(tumorType.Code, s.TumorType)).ToArray();

    public static IReadOnlyList<PertinentNegative> PertinentNegatives(
        IReadOnlyList<TumorTypeStandard> standards, CaseIndex index, IReadOnlySet<Finding> reportable)
    {
        ArgumentNullException.ThrowIfNull(standards);
        ArgumentNullException.ThrowIfNull(index);
        var negatives = new List<PertinentNegative>();
        foreach (var marker in standards.SelectMany(s => s.Biomarkers).Distinct())
        {
            if (Negative(marker, index, reportable) is { } negative)
            {
                negatives.Add(negative);
            }
        }

        return negatives;
    }

    public static IReadOnlyList<RecommendedTest> RecommendedTests(
        IReadOnlyList<TumorTypeStandard> standards, CaseIndex index, IReadOnlyList<PendingRule> pending)
    {
        ArgumentNullException.ThrowIfNull(standards);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(pending);
        var tests = standards.SelectMany(s => s.Tests)
            .Where(t => NotAssessed(t, index))
            .Select(t => new RecommendedTest(t.Test, t.Reason));
        var forPending = pending.Select(p => new RecommendedTest(
            $"{string.Join(", ", p.Missing.Select(Describe))} testing",
            $"Needed before {Therapies(p.Rule)}: rule {p.Rule.Id} ({p.Rule.Biomarker}) applies only if these are normal, and they were not tested."));
        return tests.Concat(forPending).DistinctBy(t => t.Test, StringComparer.Ordinal).ToArray();
    }

    private static PertinentNegative? Negative(StandardBiomarker marker, CaseIndex index, IReadOnlySet<Finding> reportable)
    {
        if (marker.Gene is not { } gene)
        {
            return marker.Layer == Layer.Msi && index.Case.Msi is { Status: MsiStatus.Stable or MsiStatus.Low } msi
                ? new PertinentNegative("MSI", nameof(Layer.Msi), FindingLabels.MsiText(msi.Status))
                : null;
        }

        if (index.Profiling.StatusOf(marker.Layer, gene) != TestStatus.Tested)
        {
            return null;
        }

        // A call in the gene that failed the caller's filters, or one whose change could not be recognised, leaves
        // its status uncertain: not a negative.
        if (marker.Layer == Layer.SmallVariants && index.Case.Variants.Any(v => v.Gene == gene && (!v.Passed || VariantRecognition.IsUnrecognised(v))))
        {
            return null;
        }

        return marker.Layer switch
        {
            Layer.SmallVariants => index.VariantsOf(gene).Any(reportable.Contains) ? null
                : new PertinentNegative(gene, nameof(Layer.SmallVariants), index.VariantsOf(gene).Count > 0
                    ? "no reportable variant; variants of uncertain significance only (see appendix)"
                    : "no variant detected"),
            Layer.CopyNumber => index.CopyNumbersOf(gene).Any(c => c.Call is CopyNumberCall.Amplification or CopyNumberCall.DeepDeletion)
                ? null : new PertinentNegative(gene, nameof(Layer.CopyNumber), "no amplification or deep deletion"),
            Layer.StructuralVariants => index.StructuralVariantsOf(gene).Count > 0
                ? null : new PertinentNegative(gene, nameof(Layer.StructuralVariants), "no fusion or rearrangement detected"),
            _ => null,
        };
    }

    private static bool NotAssessed(TestRecommendation test, CaseIndex index) =>
        (test.OrMarker is not { } alternative || index.ProteinsOf(alternative).Count == 0) && LayerNotAssessed(test, index);

    private static bool LayerNotAssessed(TestRecommendation test, CaseIndex index) => test.Layer switch
    {
        Layer.Protein => test.Marker is { } marker && index.ProteinsOf(marker).Count == 0,
        Layer.Msi => index.Case.Msi is null && !IsAssessed(index, Layer.Msi) && !MmrStained(index),
        Layer.Tmb => index.Case.Tmb is null,
        _ => test.Genes.Count == 0
            ? !IsAssessed(index, test.Layer)
            : test.Genes.Any(g => index.Profiling.StatusOf(test.Layer, g) == TestStatus.NotTested),
    };

    private static bool IsAssessed(CaseIndex index, Layer layer) => index.Profiling.Assessed(layer);

    // MMR IHC answers the same question as MSI testing (ASCP/CAP/AMP/ASCO colorectal biomarker guideline, 2017).
    private static bool MmrStained(CaseIndex index) => MmrProteins.Any(p => index.ProteinsOf(p).Count > 0);

    /// <summary>"EGFR (DNA)", "ALK (fusion)", "HER2 ISH", "MSI".</summary>
    private static string Describe(Untested missing) => (missing.Layer, missing.What) switch
    {
        (Layer.SmallVariants, { } gene) => $"{gene} (DNA)",
        (Layer.StructuralVariants, { } gene) => $"{gene} (fusion)",
        (Layer.CopyNumber, { } gene) => $"{gene} (copy number)",
        (Layer.Expression, { } gene) => $"{gene} (expression)",
        (_, { } what) => what,
        (var layer, null) => layer.ToString().ToUpperInvariant(),
    };

    private static string Therapies(Rule rule) =>
        rule.Therapies.Count == 0 ? rule.Biomarker : string.Join(" or ", rule.Therapies.Select(r => r.ToString()));
}
