using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Knowledge.Matching;

namespace OmicsReports.Domain.Reports.Distillation;

/// <summary>
/// Builds the one rationale sentence of an implication: the curator's reason, then the context the engine adds for
/// this patient (where the evidence holds and why that gives this tier).
/// </summary>
public sealed class Rationale(ITumorTypeHierarchy hierarchy)
{
    public string For(RuleHit hit, Cases.TumorType? tumorType)
    {
        ArgumentNullException.ThrowIfNull(hit);
        var reason = hit.Rule.Rationale.Trim().TrimEnd('.');
        var evidence = EvidenceText(hit.Rule.Evidence.Level);
        var scope = CoreText(hit.Rule.Scope);
        var patient = tumorType is null ? null : $"{hierarchy.NameOf(tumorType.Code) ?? tumorType.Name} ({tumorType.Code})";
        var context = (hit.Rule.Scope.Breadth, hit.Scope, patient) switch
        {
            (ScopeBreadth.AnyTumor, _, _) => $"{evidence} whatever the tumour type",
            (_, _, null) => $"{evidence} in {scope}{ExclusionText(hit.Rule.Scope)}; no tumour type was given, so it is tiered as evidence from another tumour type",
            (_, ScopeMatch.ThisTumorType, _) when hit.Rule.Scope.TumorTypes.Contains(tumorType!.Code, StringComparer.OrdinalIgnoreCase)
                => $"{evidence} in {scope}, this patient's tumour type{ExclusionText(hit.Rule.Scope)}",
            (_, ScopeMatch.ThisTumorType, _) => $"{evidence} in {scope}, which includes this {patient}{ExclusionText(hit.Rule.Scope)}",
            _ => $"{evidence} in {scope}{ExclusionText(hit.Rule.Scope)} but not in {patient}, hence tier {hit.Tier.Tier}",
        };
        return $"{reason}; {context}.";
    }

    public string ScopeText(RuleScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var core = CoreText(scope);
        return scope.Excluded.Count == 0 ? core : $"{core} other than {string.Join(" or ", scope.Excluded.Select(Name))}";
    }

    private string CoreText(RuleScope scope) => scope.Breadth switch
    {
        ScopeBreadth.AnyTumor => "any tumour type",
        ScopeBreadth.AllSolidTumors => "solid tumours",
        _ => string.Join(" or ", scope.TumorTypes.Select(Name)),
    };

    // The exclusion follows the clause about the patient, so that the excluded type is never read as the patient's
    // ("... in solid tumours, which include this Melanoma (MEL); the evidence excludes Colorectal Adenocarcinoma").
    private string ExclusionText(RuleScope scope) =>
        scope.Excluded.Count == 0 ? string.Empty : $" (the evidence excludes {string.Join(" and ", scope.Excluded.Select(Name))})";

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
