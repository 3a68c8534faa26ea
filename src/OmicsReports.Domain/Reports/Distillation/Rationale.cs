using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Knowledge.Matching;

namespace OmicsReports.Domain.Reports.Distillation;

/// <summary>
/// Builds the one rationale sentence of an implication: the curator's reason, then the context the engine adds for
/// this patient (where the evidence holds and why that gives this tier). Exclusions are stated in their own clause,
/// after the patient's tumour type, so that "..., this patient's tumour type" can never sit next to the excluded one.
/// </summary>
public sealed class Rationale(ITumorTypeHierarchy hierarchy)
{
    public string For(RuleHit hit, Cases.TumorType? tumorType)
    {
        ArgumentNullException.ThrowIfNull(hit);
        var reason = hit.Rule.Rationale.Trim().TrimEnd('.');
        var evidence = EvidenceText(hit.Rule.Evidence.Level);
        var scope = CoreScopeText(hit.Rule.Scope);
        // The exclusion follows the clause about the patient, so that the excluded type is never read as the patient's.
        var exclusion = hit.Rule.Scope.Excluded.Count == 0 ? string.Empty : $" (the evidence excludes {string.Join(" and ", hit.Rule.Scope.Excluded.Select(Name))})";
        var patient = tumorType is null ? null : $"{hierarchy.NameOf(tumorType.Code) ?? tumorType.Name} ({tumorType.Code})";
        var context = (hit.Rule.Scope.Breadth, hit.Scope, patient) switch
        {
            (ScopeBreadth.AnyTumor, _, _) => $"{evidence} whatever the tumour type",
            (_, _, null) => $"{evidence} in {scope}{exclusion}; no tumour type was given, so it is tiered as evidence from another tumour type",
            _ when hit.Condition is not null => $"{evidence} in {scope}{exclusion}; tier {hit.Tier.Tier} only if {hit.Condition}",
            (_, ScopeMatch.ThisTumorType, _) when hit.Rule.Scope.TumorTypes.Contains(tumorType!.Code, StringComparer.OrdinalIgnoreCase)
                => $"{evidence} in {scope}, this patient's tumour type{exclusion}",
            (_, ScopeMatch.ThisTumorType, _) => $"{evidence} in {scope}, which includes this {patient}{exclusion}",
            _ => $"{evidence} in {scope}{exclusion} but not in {patient}, hence tier {hit.Tier.Tier}",
        };
        return $"{reason}; {context}.";
    }

    /// <summary>The whole scope in words, exclusions included: "solid tumours other than Colorectal Adenocarcinoma (COADREAD)".</summary>
    public string ScopeText(RuleScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var core = CoreScopeText(scope);
        return scope.Excluded.Count == 0 ? core : $"{core} other than {string.Join(" or ", scope.Excluded.Select(Name))}";
    }

    /// <summary>The tumour types the evidence is for, one entry each: "Non-Small Cell Lung Cancer (NSCLC)", "solid tumours".</summary>
    public IReadOnlyList<string> ScopeNames(RuleScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.Breadth switch
        {
            ScopeBreadth.AnyTumor => ["any tumour type"],
            ScopeBreadth.AllSolidTumors => ["solid tumours"],
            _ => scope.TumorTypes.Select(Name).ToArray(),
        };
    }

    private string CoreScopeText(RuleScope scope) => scope.Breadth switch
    {
        ScopeBreadth.AnyTumor => "any tumour type",
        ScopeBreadth.AllSolidTumors => "solid tumours",
        _ => string.Join(" or ", scope.TumorTypes.Select(Name)),
    };

    private static string EvidenceText(EvidenceLevel level) => level switch
    {
        EvidenceLevel.FdaApproved => "FDA-approved",
        EvidenceLevel.Guideline => "recommended by guidelines",
        EvidenceLevel.WellPoweredStudies => "supported by well-powered studies",
        EvidenceLevel.ClinicalTrial => "supported by clinical-trial evidence",
        EvidenceLevel.CaseReports => "supported by case reports",
        _ => "supported by preclinical evidence",
    };

    private string Name(string code) => hierarchy.NameOf(code) is { } name ? $"{name} ({code})" : code;
}
