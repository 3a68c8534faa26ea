using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Knowledge.Matching;
using OmicsReports.Domain.Knowledge.Tiering;
using OmicsReports.Domain.Reports;

namespace OmicsReports.Domain.Reports.Distillation;

/// <summary>A rule that holds for the case, with its per-patient tier.</summary>
public sealed record RuleHit(Rule Rule, CriterionResult Result, ScopeMatch Scope, TierAssignment Tier);

/// <summary>
/// A rule whose positive criteria hold but whose exclusions could not be checked because a gene was not tested:
/// the report recommends the missing test instead of asserting the implication.
/// </summary>
public sealed record PendingRule(Rule Rule, IReadOnlyList<Untested> Missing);

/// <summary>What applying every rule of the knowledge base to one case produced.</summary>
public sealed record RuleOutcome(IReadOnlyList<RuleHit> Hits, IReadOnlyList<PendingRule> Pending, IReadOnlyList<RuleHit> Excluded);

/// <summary>
/// Evaluates every rule against a case and places each hit against the patient's tumour type. Evidence from other
/// tumour types is carried over (tier II) only for a biomarker actually found, only for sensitivity, and never for a
/// regimen that another matching rule explicitly excludes in this tumour type: resistance to a drug not used here, or
/// "wild type" extrapolated from another disease, would only add noise; and the tumour-agnostic BRAF V600E exclusion
/// of colorectal cancer must not be undone by the melanoma or lung approvals of the same combination.
/// </summary>

public sealed class RuleApplication(KnowledgeBase knowledgeBase, ScopeMatcher scopes)
{
    private readonly CriterionEvaluator evaluator = new(knowledgeBase.Oncogenic);

    public CriterionEvaluator Evaluator => evaluator;

    public static string RegimenKey(Regimen regimen) =>
        string.Join('+', (regimen ?? throw new ArgumentNullException(nameof(regimen))).Drugs.Order(StringComparer.Ordinal));

    public RuleOutcome Apply(CaseIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        var tumorType = index.Case.TumorType?.Code;
        var hits = new List<RuleHit>();
        var pending = new List<PendingRule>();
        var excluded = new List<RuleHit>();
        foreach (var rule in knowledgeBase.Rules)
        {
            var result = evaluator.Evaluate(rule.When, index);
            if (result.Truth == Truth.Unknown)
            {
                // Undecided because of a missing test, although something was found (HER2 2+ without ISH) or only
                // the exclusions are unchecked (RAS status before anti-HER2 therapy): recommend the missing test.
                var worthATest = result.Findings.Count > 0
                    || evaluator.Evaluate(rule.When, index, assumeExclusionsClear: true).Truth == Truth.True;
                if (worthATest && scopes.Match(rule.Scope, tumorType) == ScopeMatch.ThisTumorType)
                {
                    pending.Add(new PendingRule(rule, result.Untested));
                }

                continue;
            }

            if (result.Truth != Truth.True)
            {
                continue;
            }

            var scope = scopes.Match(rule.Scope, tumorType);
            if (scope == ScopeMatch.Excluded)
            {
                excluded.Add(new RuleHit(rule, result, scope, new TierAssignment(EvidenceTier.III, "-")));
                continue;
            }

            if (scope == ScopeMatch.OtherTumorType && (rule.Direction != Direction.Sensitive || result.Findings.Count == 0))
            {
                continue;
            }

            var tier = TierClassifier.Classify(rule.Kind, rule.Direction, rule.Evidence.Level, scope, rule.Evidence.Strength);
            hits.Add(new RuleHit(rule, result, scope, tier));
        }

        var vetoed = excluded.SelectMany(e => e.Rule.Therapies).Select(RegimenKey).ToHashSet(StringComparer.Ordinal);
        var kept = hits
            .Select(h => h.Scope == ScopeMatch.ThisTumorType ? h
                : h with { Rule = h.Rule with { Therapies = h.Rule.Therapies.Where(t => !vetoed.Contains(RegimenKey(t))).ToArray() } })
            .Where(h => h.Rule.Therapies.Count > 0 || h.Rule.Kind is ImplicationKind.Prognostic or ImplicationKind.Diagnostic)
            .ToArray();
        return new RuleOutcome(kept, pending, excluded);
    }
}
