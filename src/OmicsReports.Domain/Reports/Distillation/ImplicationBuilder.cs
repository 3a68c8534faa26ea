using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Knowledge.Matching;

namespace OmicsReports.Domain.Reports.Distillation;

/// <summary>
/// Turns rule hits into implications: one per regimen, with the matched findings and their "reported as" notes.
/// Hits that say the same thing (same kind, direction, regimen and findings) from several rules become one
/// implication listing every rule id; the best-ranked rule speaks for it, its setting included (a melanoma label
/// for any line outranks the tumour-agnostic approval of the same regimen after progression).
/// </summary>
public sealed class ImplicationBuilder(KnowledgeBase knowledgeBase, Rationale rationale)
{
    /// <param name="priorTherapies">Lower-case drug names the patient received; null when the case records none.</param>
    public IReadOnlyList<Implication> Build(IReadOnlyList<RuleHit> hits, TumorType? tumorType, IReadOnlyList<string>? priorTherapies = null)
    {
        ArgumentNullException.ThrowIfNull(hits);
        var built = hits
            .SelectMany(hit => Regimens(hit.Rule)
                .Where(regimen => AcquiredResistance.Applies(hit.Rule, regimen, priorTherapies))
                .Select(regimen => Create(hit, regimen, tumorType) with
                {
                    PriorTherapy = PriorTherapies.Read(hit.Rule, regimen, priorTherapies, knowledgeBase.Drugs),
                }))
            .OrderBy(i => i, ImplicationRanking.Comparer)
            .ToList();

        var merged = new List<Implication>();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var implication in built)
        {
            var key = MergeKey(implication);
            if (byKey.TryGetValue(key, out var at))
            {
                var kept = merged[at];
                merged[at] = kept with
                {
                    RuleIds = [.. kept.RuleIds, .. implication.RuleIds.Except(kept.RuleIds, StringComparer.Ordinal)],
                    References = [.. kept.References, .. implication.References.Where(r => !kept.References.Any(k => k.Id == r.Id && k.Kind == r.Kind))],
                };
            }
            else
            {
                byKey[key] = merged.Count;
                merged.Add(implication);
            }
        }

        return merged;
    }

    private static IReadOnlyList<Regimen?> Regimens(Rule rule) => rule.Therapies.Count == 0 ? [null] : [.. rule.Therapies];

    private Implication Create(RuleHit hit, Regimen? regimen, TumorType? tumorType)
    {
        var rule = hit.Rule;
        var findings = hit.Result.Findings;
        var labels = findings.Select(FindingLabels.LabelOf).Distinct(StringComparer.Ordinal).ToArray();
        var biomarker = labels.Length == 0 || (labels.Length == 1 && labels[0] == rule.Biomarker)
            ? rule.Biomarker
            : $"{rule.Biomarker}: {string.Join(", ", labels)}";
        var genes = findings.SelectMany(FindingLabels.GenesOf).Concat(findings.Count == 0 ? rule.When.Genes : [])
            .Distinct(StringComparer.Ordinal).ToArray();
        return new Implication
        {
            Kind = rule.Kind,
            Biomarker = biomarker,
            Genes = genes,
            Therapies = regimen?.Drugs ?? [],
            Direction = rule.Direction,
            Tier = hit.Tier.Tier,
            Level = hit.Tier.Level,
            RuleIds = [rule.Id],
            Rationale = rationale.For(hit, tumorType),
            References = rule.Evidence.References,
            Matched = findings.Select(Matched).ToArray(),
            InThisTumorType = hit.Scope == ScopeMatch.ThisTumorType,
            DoseAdjustment = rule.DoseAdjustment,
            EvidenceSource = SourceName(rule.Evidence.Source),
            LastReviewed = rule.Evidence.LastReviewed,
            EvidenceLevel = rule.Evidence.Level,
            Specificity = hit.Result.Specificity,
            KnowledgeBaseVersion = knowledgeBase.Stamp.Version,
            Setting = regimen is not null && rule.Direction == Direction.Sensitive ? SettingText.For(rule.SettingOf(regimen), knowledgeBase.Drugs) : null,
            Preferred = regimen is not null && rule.Direction == Direction.Sensitive && rule.IsPreferred(regimen),
            CarriedOver = hit.CarriedOver,
            SourceTumorTypes = hit.CarriedOver ? rationale.ScopeNames(rule.Scope) : [],
            Condition = hit.Condition,
            InferredFromWildType = ContainsNoneOf(rule.When),
            AppliesTo = rule.Direction == Direction.Resistant ? rule.AppliesTo : null,
        };
    }

    private static bool ContainsNoneOf(Knowledge.Criteria.Criterion criterion) => criterion switch
    {
        Knowledge.Criteria.NoneOfCriterion => true,
        Knowledge.Criteria.AllOfCriterion all => all.Parts.Any(ContainsNoneOf),
        Knowledge.Criteria.AnyOfCriterion any => any.Parts.Any(ContainsNoneOf),
        _ => false,
    };

    private MatchedFinding Matched(Finding finding) => new(
        FindingLabels.LayerOf(finding).ToString(),
        FindingLabels.LabelOf(finding),
        finding.Source.ToString(),
        finding.Notes.Select(n => n.ToString()).ToArray())
    {
        DerivedAs = FindingDerivation.For(finding, knowledgeBase.Oncogenic),
    };

    private static string MergeKey(Implication i) => string.Join(
        '|', i.Kind, i.Direction, string.Join('+', i.Therapies), string.Join(';', i.Matched.Select(m => m.Source + " " + m.Label)),
        i.CarriedOver, i.Condition);

    private static string SourceName(EvidenceSource source) => source switch
    {
        EvidenceSource.FdaLabel => "FDA label",
        EvidenceSource.Guideline => "Guideline",
        EvidenceSource.Cpic => "CPIC",
        EvidenceSource.Dpwg => "DPWG",
        EvidenceSource.Trial => "Clinical trial",
        EvidenceSource.Civic => "CIViC",
        _ => "Publication",
    };
}
