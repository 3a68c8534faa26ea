using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Knowledge.Matching;
using OmicsReports.Domain.Knowledge.Tiering;

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

/// <summary>Evaluates every rule against a case and places each hit against the patient's tumour type.</summary>
public sealed class RuleApplication(KnowledgeBase knowledgeBase, ScopeMatcher scopes)
{
    private readonly CriterionEvaluator evaluator = new(knowledgeBase.Oncogenic);

    public CriterionEvaluator Evaluator => evaluator;

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
            if (result.Truth == Truth.Unknown && evaluator.Evaluate(rule.When, index, assumeExclusionsClear: true).Truth == Truth.True)
            {
                if (scopes.Match(rule.Scope, tumorType) == ScopeMatch.ThisTumorType)
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

            var tier = TierClassifier.Classify(rule.Kind, rule.Direction, rule.Evidence.Level, scope, rule.Evidence.Strength);
            hits.Add(new RuleHit(rule, result, scope, tier));
        }

        return new RuleOutcome(hits, pending, excluded);
    }
}
