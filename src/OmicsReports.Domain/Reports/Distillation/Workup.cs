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
    private readonly Conditions conditions = new(hierarchy);

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

    /// <summary>
    /// Tests the standard work-up calls for that were not done, tests that would decide a rule left open (a missing
    /// or unreliable exclusion), and the report of a grade or subtype that would make a conditional implication hold.
    /// A test never names a gene that was profiled in the layer it asks for, and always says which layer is missing.
    /// </summary>
    public IReadOnlyList<RecommendedTest> RecommendedTests(
        IReadOnlyList<TumorTypeStandard> standards, CaseIndex index, IReadOnlyList<PendingRule> pending, IReadOnlyList<RuleHit> hits)
    {
        ArgumentNullException.ThrowIfNull(standards);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(pending);
        ArgumentNullException.ThrowIfNull(hits);
        var tests = standards.SelectMany(s => s.Tests)
            .Where(t => NotAssessed(t, index))
            .Select(t => (Test: Standard(t, index), Missing: MissingOf(t, index)))
            .ToList();

        // A rule waiting for genes that a standard test already asks for adds its reason to that test rather than
        // recommending the same genes twice.
        var forPending = new List<RecommendedTest>();
        foreach (var rule in pending)
        {
            var wanted = rule.Missing.Select(m => (m.Layer, m.What)).ToArray();
            var host = rule.Missing.Any(m => m.Unreliable is not null) ? -1 : tests.FindIndex(t => wanted.All(t.Missing.Contains));
            if (host < 0)
            {
                forPending.Add(Pending(rule));
                continue;
            }

            var (test, missing) = tests[host];
            tests[host] = (test with { Reason = $"{test.Reason} Also needed before {Therapies(rule.Rule)} (rule {rule.Rule.Id})." }, missing);
        }

        var forConditions = hits.Where(h => h.Condition is not null && index.Case.TumorType is not null)
            .Select(h => Condition(h, index.Case.TumorType!.Code));
        return tests.Select(t => t.Test).Concat(forPending).Concat(forConditions).DistinctBy(t => t.Test, StringComparer.Ordinal).ToArray();
    }

    private static HashSet<(Layer, string?)> MissingOf(TestRecommendation test, CaseIndex index) =>
        test.Genes.Where(g => index.Profiling.StatusOf(test.Layer, g) == TestStatus.NotTested).Select(g => (test.Layer, (string?)g)).ToHashSet();

    // The curated name when it asks only for what is missing; otherwise the missing genes and layer in words, so a
    // report never recommends testing a gene it lists as tested.
    private static RecommendedTest Standard(TestRecommendation test, CaseIndex index)
    {
        var missing = test.Genes.Where(g => index.Profiling.StatusOf(test.Layer, g) == TestStatus.NotTested).ToArray();
        if (test.Genes.Count == 0 || missing.Length == test.Genes.Count)
        {
            var what = test.Genes.Count == 0 ? LayerWords(test.Layer, test.Marker) : $"{LayerWords(test.Layer, null)} for {string.Join(", ", missing)}";
            return new RecommendedTest(test.Test, $"{test.Reason} Not assessed: {what}.");
        }

        return new RecommendedTest(
            $"{string.Join(", ", missing)} by {LayerWords(test.Layer, null)}",
            $"{test.Reason} Not assessed: {LayerWords(test.Layer, null)} for {string.Join(", ", missing)}, which the panel did not cover.");
    }

    private static RecommendedTest Pending(PendingRule p)
    {
        var unreliable = p.Missing.Where(m => m.Unreliable is not null).ToArray();
        if (unreliable.Length > 0 && unreliable.Length == p.Missing.Count)
        {
            return new RecommendedTest(
                $"Repeat {string.Join(", ", unreliable.Select(Describe).Distinct(StringComparer.Ordinal))} on a specimen that passes QC",
                $"Needed before {Therapies(p.Rule)}: rule {p.Rule.Id} ({p.Rule.Biomarker}) applies only if these are normal; nothing was found, " +
                $"but they are not reliably excluded because {unreliable[0].Unreliable}.");
        }

        return new RecommendedTest(
            $"{string.Join(", ", p.Missing.Select(Describe).Distinct(StringComparer.Ordinal))} testing",
            $"Needed before {Therapies(p.Rule)}: rule {p.Rule.Id} ({p.Rule.Biomarker}) applies only if these are normal, and they were not tested.");
    }

    private RecommendedTest Condition(RuleHit hit, string tumorType) =>
        conditions.IsGradeOnly(tumorType, hit.NarrowerCodes)
            ? new RecommendedTest("Tumour grade", $"Needed to place {Therapies(hit.Rule)}: rule {hit.Rule.Id} gives tier {hit.Tier.Tier} only if {hit.Condition}.")
            : new RecommendedTest("A more specific tumour type", $"Needed to place {Therapies(hit.Rule)}: rule {hit.Rule.Id} gives tier {hit.Tier.Tier} only if {hit.Condition}.");

    /// <summary>"DNA sequencing (small variants)", "fusion testing (RNA or DNA)", "PD-L1 immunohistochemistry".</summary>
    private static string LayerWords(Layer layer, string? marker) => layer switch
    {
        Layer.SmallVariants => "DNA sequencing (small variants)",
        Layer.CopyNumber => "copy-number analysis",
        Layer.StructuralVariants => "fusion testing (RNA or DNA)",
        Layer.Expression => "expression profiling",
        Layer.Protein => marker is null ? "immunohistochemistry" : $"{marker} immunohistochemistry",
        Layer.Tmb => "tumour mutational burden",
        Layer.Msi => "MSI or mismatch-repair status",
        _ => "pharmacogenomic genotyping",
    };

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

        var negative = marker.Layer switch
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

        // Below the QC policy nothing found is not the same as nothing there (DOMAIN.md, "A negative that is not one").
        return negative is not null && index.NegativeCaveat is { } caveat
            ? negative with { Detail = $"not reliably excluded: {caveat}", Reliable = false }
            : negative;
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
