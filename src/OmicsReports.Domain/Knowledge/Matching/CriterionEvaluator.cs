using OmicsReports.Domain.Knowledge.Criteria;

namespace OmicsReports.Domain.Knowledge.Matching;

/// <summary>
/// Evaluates criteria against a case: one switch over the closed set of criterion records, each arm a pure
/// function of the criterion and the case. Combinators use three-valued (Kleene) logic so that an untested gene never
/// passes for a normal one.
/// </summary>
public sealed class CriterionEvaluator
{
    private readonly VariantMatching variants;

    public CriterionEvaluator(OncogenicDefinition oncogenic)
    {
        ArgumentNullException.ThrowIfNull(oncogenic);
        variants = new VariantMatching(oncogenic);
    }

    /// <summary>True when the knowledge base's definition calls the variant oncogenic or truncating.</summary>
    public bool IsOncogenic(string gene, Cases.SmallVariant variant) => variants.IsOncogenic(gene, variant);

    /// <summary>Evaluates <paramref name="criterion"/> for the case behind <paramref name="index"/>.</summary>
    /// <param name="assumeExclusionsClear">
    /// When true, a none-of part that cannot be decided counts as satisfied. The distiller uses this to tell "would
    /// apply if the missing test is negative" (recommend the test) from "does not apply".
    /// </param>
    public CriterionResult Evaluate(Criterion criterion, CaseIndex index, bool assumeExclusionsClear = false) => criterion switch
    {
        ProteinChangeCriterion c => VariantMatching.ProteinChange(c, index),
        CodonCriterion c => VariantMatching.Codons(c, index),
        ExonCriterion c => VariantMatching.Exon(c, index),
        ConsequenceCriterion c => VariantMatching.Consequence(c, index),
        ExonSkippingCriterion c => VariantMatching.ExonSkipping(c, index),
        OncogenicCriterion c => variants.Oncogenic(c, index),
        CopyNumberCriterion c => BiomarkerMatching.CopyNumber(c, index),
        FusionCriterion c => BiomarkerMatching.Fusion(c, index),
        TmbCriterion c => BiomarkerMatching.Tmb(c, index),
        MsiCriterion c => BiomarkerMatching.Msi(c, index),
        MmrCriterion => BiomarkerMatching.MismatchRepair(index),
        ExpressionCriterion c => BiomarkerMatching.Expression(c, index),
        IhcCriterion c => BiomarkerMatching.Ihc(c, index),
        Her2Criterion c => BiomarkerMatching.Her2(c, index),
        PharmacogenomicCriterion c => BiomarkerMatching.Pharmacogenomic(c, index),
        HrdCriterion c => ImmunogenomicMatching.Hrd(c, index),
        HlaCriterion c => ImmunogenomicMatching.Hla(c, index),
        AllOfCriterion c => AllOf(c.Parts, index, assumeExclusionsClear),
        AnyOfCriterion c => AnyOf(c.Parts, index, assumeExclusionsClear),
        NoneOfCriterion c => NoneOf(c.Parts, index, assumeExclusionsClear),
        _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion.GetType().Name, "Unknown criterion."),
    };

    private CriterionResult AllOf(IReadOnlyList<Criterion> parts, CaseIndex index, bool assumeExclusionsClear)
    {
        var results = new CriterionResult[parts.Count];
        for (var i = 0; i < parts.Count; i++)
        {
            results[i] = Evaluate(parts[i], index, assumeExclusionsClear);
            if (results[i].Truth == Truth.False)
            {
                return CriterionResult.False;
            }
        }

        return Merge(results.Any(r => r.Truth == Truth.Unknown) ? Truth.Unknown : Truth.True, results);
    }

    private CriterionResult AnyOf(IReadOnlyList<Criterion> parts, CaseIndex index, bool assumeExclusionsClear)
    {
        // Most parts are false for most cases: only collect when something held or was undecided.
        List<CriterionResult>? holding = null;
        List<CriterionResult>? undecided = null;
        for (var i = 0; i < parts.Count; i++)
        {
            var result = Evaluate(parts[i], index, assumeExclusionsClear);
            switch (result.Truth)
            {
                case Truth.True:
                    (holding ??= []).Add(result);
                    break;
                case Truth.Unknown:
                    (undecided ??= []).Add(result);
                    break;
            }
        }

        // Every part that holds is kept, so the report names each finding that supports the rule.
        return holding is not null ? Merge(Truth.True, holding)
            : undecided is not null ? Merge(Truth.Unknown, undecided)
            : CriterionResult.False;
    }

    private CriterionResult NoneOf(IReadOnlyList<Criterion> parts, CaseIndex index, bool assumeExclusionsClear)
    {
        var any = AnyOf(parts, index, assumeExclusionsClear);
        return any.Truth switch
        {
            Truth.True => CriterionResult.False,
            // Tested and normal, but a specimen below the QC policy cannot carry the negative: "not reliably excluded".
            Truth.False when index.NegativeCaveat is { } caveat && !assumeExclusionsClear => new CriterionResult(
                Truth.Unknown, MatchSpecificity.Gene, [], parts.SelectMany(p => NegativeEvidence.Scope(p, caveat)).Distinct().ToArray()),
            Truth.False => CriterionResult.Holds(MatchSpecificity.Gene, []),
            _ when assumeExclusionsClear => CriterionResult.Holds(MatchSpecificity.Gene, []),
            _ => any,
        };
    }

    private static CriterionResult Merge(Truth truth, IReadOnlyList<CriterionResult> results)
    {
        var specificity = MatchSpecificity.Gene;
        foreach (var result in results.Where(r => r.Truth == Truth.True && r.Findings.Count > 0))
        {
            specificity = result.Specificity > specificity ? result.Specificity : specificity;
        }

        var findings = results.SelectMany(r => r.Findings).Distinct(ReferenceEqualityComparer.Instance).Cast<Cases.Finding>().ToArray();
        var untested = results.SelectMany(r => r.Untested).Distinct().ToArray();
        return new CriterionResult(truth, specificity, findings, untested);
    }
}
