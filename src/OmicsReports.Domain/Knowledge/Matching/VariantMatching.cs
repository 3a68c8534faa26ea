using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Knowledge.Criteria;

namespace OmicsReports.Domain.Knowledge.Matching;

/// <summary>The small-variant criteria: exact change, codons, exon, class, exon skipping, oncogenic.</summary>
internal sealed class VariantMatching(OncogenicDefinition oncogenic)
{
    public static CriterionResult ProteinChange(ProteinChangeCriterion c, CaseIndex index) =>
        Match(c, index, MatchSpecificity.Exact, static (c, v) => v.Protein is { } p && Contains(c.Changes, p.ShortForm));

    public static CriterionResult Codons(CodonCriterion c, CaseIndex index) =>
        Match(c, index, MatchSpecificity.CodonRange, static (c, v) => InCodons(c, v));

    public static CriterionResult Exon(ExonCriterion c, CaseIndex index) =>
        Match(c, index, MatchSpecificity.ExonOrClass, static (c, v) =>
            c.Exons.Any(v.InExon) && (c.Class is not { } cls || VariantClasses.Is(v, cls)));

    public static CriterionResult Consequence(ConsequenceCriterion c, CaseIndex index) =>
        Match(c, index, MatchSpecificity.ExonOrClass, static (c, v) => VariantClasses.Is(v, c.Class));

    /// <summary>
    /// An oncogenic small variant, or a homozygous deletion when the gene is a tumour suppressor (BRCA1/2 deep
    /// deletions count for the PARP-inhibitor labels). A germline-only criterion never matches a copy-number call.
    /// </summary>
    public CriterionResult Oncogenic(OncogenicCriterion c, CaseIndex index)
    {
        var result = Match(c, index, MatchSpecificity.Gene, (c, v) => IsOncogenic(c.Gene, v));
        if (c.Origin == OriginRequirement.Germline)
        {
            return result;
        }

        var deletions = index.CopyNumbersOf(c.Gene).Where(n => oncogenic.Classify(n) is not null).ToArray();
        return deletions.Length == 0 ? result
            : CriterionResult.Holds(MatchSpecificity.Gene, [.. result.Findings, .. deletions]);
    }

    /// <summary>True when the definition of the knowledge base calls the variant oncogenic (hotspot, or truncating or splice in a suppressor).</summary>
    public bool IsOncogenic(string gene, SmallVariant variant) => oncogenic.Classify(gene, variant) is not null;

    /// <summary>
    /// A splice-site variant in the exon or its flanking introns (exon N sits between introns N-1 and N), or an RNA
    /// junction of exon N-1 to exon N+1 within the gene. Decided when either the DNA or the RNA layer covers the gene.
    /// Exon and intron come from the file or from the c./p. notation (<see cref="SmallVariant.Location"/>).
    /// </summary>
    public static CriterionResult ExonSkipping(ExonSkippingCriterion c, CaseIndex index)
    {
        var found = new List<Finding>();
        foreach (var v in index.VariantsOf(c.Gene))
        {
            var atBoundary = v.InExon(c.Exon) || v.InIntron(c.Exon - 1) || v.InIntron(c.Exon);
            if (atBoundary && VariantClasses.Is(v, ConsequenceClass.SpliceSite) && VariantClasses.HasOrigin(v, c.Origin))
            {
                found.Add(v);
            }
        }

        foreach (var sv in index.StructuralVariantsOf(c.Gene))
        {
            var intragenic = sv.GeneB is null || sv.GeneB == sv.GeneA;
            var joinsNeighbours = (sv.ExonA == c.Exon - 1 && sv.ExonB == c.Exon + 1) || (sv.ExonA == c.Exon + 1 && sv.ExonB == c.Exon - 1);
            if (intragenic && joinsNeighbours)
            {
                found.Add(sv);
            }
        }

        if (found.Count > 0)
        {
            return CriterionResult.Holds(MatchSpecificity.ExonOrClass, found);
        }

        var tested = index.Profiling.StatusOf(Layer.SmallVariants, c.Gene) == TestStatus.Tested
            || index.Profiling.StatusOf(Layer.StructuralVariants, c.Gene) == TestStatus.Tested;
        return tested ? CriterionResult.False : CriterionResult.NotTested(Layer.SmallVariants, c.Gene);
    }

    private static bool InCodons(CodonCriterion c, SmallVariant v)
    {
        if (v.Protein is not { } p || !c.Codons.Any(r => r.Contains(p.Start)))
        {
            return false;
        }

        if (c.Class is { } cls && !VariantClasses.Is(v, cls))
        {
            return false;
        }

        var alternate = p.Alternate ?? string.Empty;
        return (c.Alternates.Count == 0 || Contains(c.Alternates, alternate)) && !Contains(c.ExcludedAlternates, alternate);
    }

    private static bool Contains(IReadOnlyList<string> values, string value)
    {
        foreach (var candidate in values)
        {
            if (string.Equals(candidate, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static CriterionResult Match<TCriterion>(
        TCriterion c, CaseIndex index, MatchSpecificity specificity, Func<TCriterion, SmallVariant, bool> predicate)
        where TCriterion : VariantCriterion
    {
        List<Finding>? found = null;
        foreach (var v in index.VariantsOf(c.Gene))
        {
            if (VariantClasses.HasOrigin(v, c.Origin) && predicate(c, v))
            {
                (found ??= []).Add(v);
            }
        }

        if (found is not null)
        {
            return CriterionResult.Holds(specificity, found);
        }

        return index.Profiling.StatusOf(Layer.SmallVariants, c.Gene) == TestStatus.Tested
            ? CriterionResult.False
            : CriterionResult.NotTested(Layer.SmallVariants, c.Gene);
    }
}
