namespace OmicsReports.Domain.Knowledge.Matching;

/// <summary>Where a patient's tumour type stands relative to a rule's scope.</summary>
public enum ScopeMatch
{
    /// <summary>The evidence is for this tumour type (or an ancestor of it in OncoTree).</summary>
    ThisTumorType,

    /// <summary>The evidence is for other tumour types: the tier drops to potential significance.</summary>
    OtherTumorType,

    /// <summary>The rule explicitly excludes this tumour type: it must not be applied at all.</summary>
    Excluded,
}

/// <summary>Places a patient's OncoTree code against a rule's scope, using the hierarchy for subtypes.</summary>
public sealed class ScopeMatcher(ITumorTypeHierarchy hierarchy)
{
    // OncoTree's haematological tissues; every other tissue is solid. Tumour-agnostic approvals so far are for
    // solid tumours (e.g. larotrectinib 2018, dabrafenib + trametinib 2022).
    private static readonly string[] HaematologicalTissues = ["MYELOID", "LYMPH"];

    public ScopeMatch Match(RuleScope scope, string? tumorType)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (tumorType is null)
        {
            // Without a tumour type nothing can be placed in this indication; pan-tumour rules still apply.
            return scope.Breadth == ScopeBreadth.AnyTumor ? ScopeMatch.ThisTumorType : ScopeMatch.OtherTumorType;
        }

        if (scope.Excluded.Any(code => hierarchy.IsWithin(tumorType, code)))
        {
            return ScopeMatch.Excluded;
        }

        var inScope = scope.Breadth switch
        {
            ScopeBreadth.AnyTumor => true,
            ScopeBreadth.AllSolidTumors => IsSolid(tumorType),
            ScopeBreadth.Listed => scope.TumorTypes.Any(code => hierarchy.IsWithin(tumorType, code)),
            _ => throw new ArgumentOutOfRangeException(nameof(scope), scope.Breadth, "Unknown scope breadth."),
        };
        return inScope ? ScopeMatch.ThisTumorType : ScopeMatch.OtherTumorType;
    }

    /// <summary>
    /// The listed scope codes that lie beneath the patient's tumour type, when the patient's type is coarser than the
    /// rule's scope (an IDH-mutant astrocytoma without a grade against a grade 2 rule): the rule would hold if the
    /// tumour type were reported to that level. Empty when the type is in scope, excluded, or unrelated; never for the
    /// OncoTree root, which lies above everything.
    /// </summary>
    public IReadOnlyList<string> NarrowerCodes(RuleScope scope, string? tumorType)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (tumorType is null || scope.Breadth != ScopeBreadth.Listed || string.Equals(tumorType, "TISSUE", StringComparison.OrdinalIgnoreCase)
            || Match(scope, tumorType) != ScopeMatch.OtherTumorType)
        {
            return [];
        }

        return scope.TumorTypes
            .Where(code => !string.Equals(code, tumorType, StringComparison.OrdinalIgnoreCase) && hierarchy.IsWithin(code, tumorType))
            .ToArray();
    }

    /// <summary>True unless the code lies under a haematological tissue; unknown codes count as solid.</summary>
    public bool IsSolid(string tumorType) => !HaematologicalTissues.Any(tissue => hierarchy.IsWithin(tumorType, tissue));
}
