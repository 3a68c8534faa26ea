using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Knowledge.Criteria;

namespace OmicsReports.Domain.Knowledge.Matching;

/// <summary>Criteria on copy number, fusions, whole-sample biomarkers, protein markers and pharmacogenomics.</summary>
internal static class BiomarkerMatching
{
    // The four mismatch-repair proteins stained in MMR IHC (NCCN colorectal guideline; ASCP/CAP/AMP/ASCO 2017).
    private static readonly string[] MmrProteins = ["MLH1", "MSH2", "MSH6", "PMS2"];

    public static CriterionResult CopyNumber(CopyNumberCriterion c, CaseIndex index)
    {
        var found = index.CopyNumbersOf(c.Gene).Where(a => c.Event switch
        {
            CopyNumberEvent.Amplification => a.Call == CopyNumberCall.Amplification,
            CopyNumberEvent.DeepDeletion => a.Call == CopyNumberCall.DeepDeletion,
            _ => a.Call is CopyNumberCall.ShallowDeletion or CopyNumberCall.DeepDeletion,
        }).ToArray<Finding>();
        return Decide(found, MatchSpecificity.ExonOrClass, index.Profiling.StatusOf(Layer.CopyNumber, c.Gene), Layer.CopyNumber, c.Gene);
    }

    /// <summary>Two distinct genes, the named one in either column and the partner (if named) in the other.</summary>
    public static CriterionResult Fusion(FusionCriterion c, CaseIndex index)
    {
        var found = new List<Finding>();
        foreach (var sv in index.StructuralVariantsOf(c.Gene))
        {
            if (sv.GeneB is not { } geneB || sv.GeneA == geneB)
            {
                continue; // intragenic events and intergenic partners are not fusions of two genes
            }

            var other = sv.GeneA == c.Gene ? geneB : sv.GeneA;
            if (c.Partner is null || c.Partner == other)
            {
                found.Add(sv);
            }
        }

        var specificity = c.Partner is null ? MatchSpecificity.ExonOrClass : MatchSpecificity.Exact;
        return Decide(found, specificity, index.Profiling.StatusOf(Layer.StructuralVariants, c.Gene), Layer.StructuralVariants, c.Gene);
    }

    public static CriterionResult Tmb(TmbCriterion c, CaseIndex index) => index.Case.Tmb switch
    {
        null => CriterionResult.NotTested(Layer.Tmb, null),
        { MutationsPerMegabase: var value } tmb when value >= c.AtLeast => CriterionResult.Holds(MatchSpecificity.Exact, [tmb]),
        _ => CriterionResult.False,
    };

    public static CriterionResult Msi(MsiCriterion c, CaseIndex index) => index.Case.Msi switch
    {
        null or { Status: MsiStatus.Indeterminate } => CriterionResult.NotTested(Layer.Msi, null),
        { Status: var status } msi when status == c.Status => CriterionResult.Holds(MatchSpecificity.Exact, [msi]),
        _ => CriterionResult.False,
    };

    /// <summary>Loss of any of the four MMR proteins; undecided when none of them was stained.</summary>
    public static CriterionResult MismatchRepair(CaseIndex index)
    {
        var stained = MmrProteins.SelectMany(index.ProteinsOf).ToArray();
        if (stained.Length == 0)
        {
            return CriterionResult.NotTested(Layer.Protein, "MMR IHC");
        }

        var lost = stained.Where(p => p.Category is { } category && IsLoss(category)).ToArray<Finding>();
        return lost.Length > 0 ? CriterionResult.Holds(MatchSpecificity.Exact, lost) : CriterionResult.False;
    }

    public static CriterionResult Expression(ExpressionCriterion c, CaseIndex index)
    {
        if (index.ExpressionOf(c.Gene) is not { ZScore: { } z } value)
        {
            return CriterionResult.NotTested(Layer.Expression, c.Gene);
        }

        var holds = (c.AtLeast is not { } min || z >= min) && (c.AtMost is not { } max || z <= max);
        return holds ? CriterionResult.Holds(MatchSpecificity.Exact, [value]) : CriterionResult.False;
    }

    public static CriterionResult Ihc(IhcCriterion c, CaseIndex index)
    {
        // Each reading as a bound on the rule's scale (IhcScales): "PS3+ 80%" is at least 80% on PS2+; the finding
        // reported stays the reading as written.
        var scored = index.ProteinsOf(c.Marker)
            .Where(p => c.AntibodyClone is null || p.AntibodyClone is null || string.Equals(p.AntibodyClone, c.AntibodyClone, StringComparison.OrdinalIgnoreCase))
            .Select(p => (Reading: p, Bound: IhcScales.OnScale(p, c.Score)))
            .Where(r => r.Bound is not null)
            .ToArray();
        if (scored.Length == 0)
        {
            return CriterionResult.NotTested(Layer.Protein, $"{c.Marker} {c.Score}");
        }

        var found = scored.Where(r => IhcRange.Compare(r.Bound!, c.AtLeast, c.Below) == Truth.True).Select(r => r.Reading).ToArray<Finding>();
        if (found.Length > 0)
        {
            return CriterionResult.Holds(MatchSpecificity.Exact, found);
        }

        // A bound that straddles the threshold ("<50%" against "at least 1%") decides nothing: the exact score is missing.
        var straddling = scored.Where(r => IhcRange.Compare(r.Bound!, c.AtLeast, c.Below) == Truth.Unknown).Select(r => r.Reading).ToArray<Finding>();
        return straddling.Length > 0
            ? new CriterionResult(Truth.Unknown, MatchSpecificity.Exact, straddling, [new Untested(Layer.Protein, $"exact {c.Marker} {c.Score}")])
            : CriterionResult.False;
    }

    public static CriterionResult Her2(Her2Criterion c, CaseIndex index)
    {
        var readings = Her2Scoring.Markers(index).ToArray();
        if (readings.Length == 0)
        {
            return CriterionResult.NotTested(Layer.Protein, "HER2 IHC");
        }

        var found = readings.Where(p => Her2Scoring.Is(p, c.Status)).ToArray<Finding>();
        if (found.Length > 0)
        {
            return CriterionResult.Holds(MatchSpecificity.Exact, found);
        }

        // An IHC 0 that does not say whether membrane staining was seen cannot be called ultralow or null: the
        // re-scoring of the slide is what is missing.
        if (c.Status == Her2Status.Ultralow)
        {
            var unsplit = readings.Where(p => Her2Scoring.IhcScore(p) == 0 && Her2Scoring.ZeroOf(p) == Harmonization.Her2Zero.Unspecified).ToArray<Finding>();
            return unsplit.Length > 0
                ? new CriterionResult(Truth.Unknown, MatchSpecificity.Exact, unsplit, [new Untested(Layer.Protein, "HER2 IHC 0 scored as ultralow or null")])
                : CriterionResult.False;
        }

        // IHC 2+ without a conclusive ISH cannot be called positive or low: ISH is the missing test. The reading is
        // kept with the undecided result so that the report can say what was found and what is missing.
        var equivocal = readings.Where(p => Her2Scoring.StatusOf(p) is null).ToArray<Finding>();
        return c.Status != Her2Status.Ihc3Plus && equivocal.Length > 0
            ? new CriterionResult(Truth.Unknown, MatchSpecificity.Exact, equivocal, [new Untested(Layer.Protein, "HER2 ISH")])
            : CriterionResult.False;
    }

    /// <summary>Holds when the phenotype is listed or the activity score lies within the bounds (each if given).</summary>
    public static CriterionResult Pharmacogenomic(PharmacogenomicCriterion c, CaseIndex index)
    {
        if (index.PharmacogenomicsOf(c.Gene) is not { } result)
        {
            return CriterionResult.NotTested(Layer.Pharmacogenomics, c.Gene);
        }

        var byPhenotype = result.Phenotype is { } phenotype
            && c.Phenotypes.Any(p => string.Equals(p, phenotype, StringComparison.OrdinalIgnoreCase));
        var hasBounds = c.ActivityAtLeast is not null || c.ActivityAtMost is not null;
        var byActivity = hasBounds && result.ActivityScore is { } score
            && (c.ActivityAtLeast is not { } min || score >= min) && (c.ActivityAtMost is not { } max || score <= max);
        if (byPhenotype || byActivity)
        {
            return CriterionResult.Holds(MatchSpecificity.Exact, [result]);
        }

        // A rule on activity scores cannot be decided from a result that carries none (and no listed phenotype).
        return hasBounds && result.ActivityScore is null && c.Phenotypes.Count == 0
            ? CriterionResult.NotTested(Layer.Pharmacogenomics, $"{c.Gene} activity score")
            : CriterionResult.False;
    }

    private static bool IsLoss(string category) =>
        category.Equals("lost", StringComparison.OrdinalIgnoreCase)
        || category.Equals("loss", StringComparison.OrdinalIgnoreCase)
        || category.Equals("absent", StringComparison.OrdinalIgnoreCase);

    private static CriterionResult Decide(
        IReadOnlyList<Finding> found, MatchSpecificity specificity, TestStatus status, Layer layer, string gene) =>
        found.Count > 0 ? CriterionResult.Holds(specificity, found)
        : status == TestStatus.Tested ? CriterionResult.False
        : CriterionResult.NotTested(layer, gene);
}
