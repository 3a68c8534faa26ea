using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Knowledge.Criteria;
using OmicsReports.Domain.Knowledge.Matching;
using OmicsReports.Domain.Knowledge.Tiering;

namespace OmicsReports.Domain.Reports.Distillation;

/// <summary>A rule that holds for the case, with its per-patient tier.</summary>
public sealed record RuleHit(Rule Rule, CriterionResult Result, ScopeMatch Scope, TierAssignment Tier)
{
    /// <summary>Evidence from another tumour type that the carry-over policy let through (only its carried regimens remain).</summary>
    public bool CarriedOver { get; init; }

    /// <summary>Set when the tier holds only if the tumour type, given coarser than the rule's scope, is the narrower one.</summary>
    public string? Condition { get; init; }

    /// <summary>The scope codes the condition names, e.g. ASTR2.</summary>
    public IReadOnlyList<string> NarrowerCodes { get; init; } = [];
}

/// <summary>
/// A rule whose positive criteria hold but whose exclusions could not be checked because a gene was not tested (or not
/// reliably, at low purity): the report recommends the missing test instead of asserting the implication.
/// </summary>
public sealed record PendingRule(Rule Rule, IReadOnlyList<Untested> Missing);

/// <summary>A regimen from another tumour type's evidence that the carry-over policy kept out, and why.</summary>
public sealed record NotCarried(string RuleId, IReadOnlyList<string> Therapies, CarryOverOutcome Outcome, string Reason);

/// <summary>What applying every rule of the knowledge base to one case produced.</summary>
public sealed record RuleOutcome(IReadOnlyList<RuleHit> Hits, IReadOnlyList<PendingRule> Pending, IReadOnlyList<RuleHit> Excluded)
{
    public IReadOnlyList<NotCarried> NotCarried { get; init; } = [];
}

/// <summary>
/// Evaluates every rule against a case and places each hit against the patient's tumour type. Evidence from other
/// tumour types passes through <see cref="CarryOverPolicy"/> regimen by regimen; a tumour type given coarser than a
/// rule's scope gives a conditional implication (<see cref="Conditions"/>).
/// </summary>
public sealed class RuleApplication
{
    private readonly KnowledgeBase knowledgeBase;
    private readonly RulePlacements placements;
    private readonly CriterionEvaluator evaluator;
    private readonly Conditions conditions;
    private readonly Dictionary<string, Criterion?> positiveParts = new(StringComparer.Ordinal);

    public RuleApplication(KnowledgeBase knowledgeBase, ScopeMatcher scopes, ITumorTypeHierarchy hierarchy)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        this.knowledgeBase = knowledgeBase;
        placements = new RulePlacements(knowledgeBase.Rules, scopes ?? throw new ArgumentNullException(nameof(scopes)));
        evaluator = new CriterionEvaluator(knowledgeBase.Oncogenic);
        conditions = new Conditions(hierarchy);
        foreach (var rule in knowledgeBase.Rules)
        {
            positiveParts.TryAdd(rule.Id, WithoutExclusions(rule.When));
        }
    }

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
        var placement = placements.For(tumorType);
        for (var r = 0; r < knowledgeBase.Rules.Count; r++)
        {
            var rule = knowledgeBase.Rules[r];
            var result = evaluator.Evaluate(rule.When, index);
            if (result.Truth == Truth.Unknown)
            {
                // Undecided because of a missing (or unreliable) test, although something was found (HER2 2+ without
                // ISH) or only the exclusions are unchecked (RAS status before anti-HER2 therapy): recommend the test.
                var worthATest = result.Findings.Count > 0
                    || evaluator.Evaluate(rule.When, index, assumeExclusionsClear: true).Truth == Truth.True;
                if (worthATest && placement.Matches[r] == ScopeMatch.ThisTumorType)
                {
                    pending.Add(new PendingRule(rule, result.Untested));
                }

                continue;
            }

            if (result.Truth != Truth.True)
            {
                continue;
            }

            var scope = placement.Matches[r];
            if (scope == ScopeMatch.Excluded)
            {
                excluded.Add(new RuleHit(rule, result, scope, new TierAssignment(EvidenceTier.III, "-")));
                continue;
            }

            var narrower = placement.Narrower[r];
            if (narrower.Count > 0 && rule.Kind == ImplicationKind.Therapeutic)
            {
                // Tiered as if in scope, but only on the condition the report states (and asks the grade for).
                var inScopeTier = TierClassifier.Classify(rule.Kind, rule.Direction, rule.Evidence.Level, ScopeMatch.ThisTumorType, rule.Evidence.Strength);
                hits.Add(new RuleHit(rule, result, scope, inScopeTier) { Condition = conditions.Text(tumorType!, narrower), NarrowerCodes = narrower });
                continue;
            }

            var tier = TierClassifier.Classify(rule.Kind, rule.Direction, rule.Evidence.Level, scope, rule.Evidence.Strength);
            hits.Add(new RuleHit(rule, result, scope, tier));
        }

        var (kept, notCarried) = CarryOver(index, hits, excluded, tumorType);
        return new RuleOutcome(kept, pending, excluded) { NotCarried = notCarried };
    }

    private (IReadOnlyList<RuleHit> Kept, IReadOnlyList<NotCarried> NotCarried) CarryOver(
        CaseIndex index, List<RuleHit> hits, List<RuleHit> excluded, string? tumorType)
    {
        var excludedHere = excluded.SelectMany(e => e.Rule.Therapies).Select(RegimenKey).ToHashSet(StringComparer.Ordinal);
        var ownDrugs = tumorType is null ? [] : OwnRuleDrugs(index, placements.For(tumorType).OwnTherapyRules);
        var kept = new List<RuleHit>(hits.Count);
        var notCarried = new List<NotCarried>();
        foreach (var hit in hits)
        {
            var found = hit.Result.Findings.Count > 0;
            if (hit.Scope == ScopeMatch.ThisTumorType || hit.Condition is not null)
            {
                kept.Add(hit);
                continue;
            }

            // Without a tumour type nothing can be ruled another tumour's biology: found sensitivities stay, tiered as
            // other-tumour evidence, and the QC finding asks for the tumour type.
            if (tumorType is null)
            {
                if (hit.Rule.Direction == Direction.Sensitive && found)
                {
                    kept.Add(hit);
                }

                continue;
            }

            var sameFindings = new HashSet<string>(hit.Result.Findings.SelectMany(f => ownDrugs.GetValueOrDefault(f) ?? []), StringComparer.Ordinal);
            var carried = new List<Regimen>();
            foreach (var regimen in hit.Rule.Therapies)
            {
                var decision = CarryOverPolicy.Decide(hit.Rule, regimen, found, knowledgeBase.Drugs, sameFindings, excludedHere);
                if (decision.Carry)
                {
                    carried.Add(regimen);
                }
                else if (decision.Outcome is not (CarryOverOutcome.NotSensitivity or CarryOverOutcome.NoFinding))
                {
                    notCarried.Add(new NotCarried(hit.Rule.Id, regimen.Drugs, decision.Outcome, decision.Reason));
                }
            }

            if (carried.Count > 0)
            {
                kept.Add(hit with { Rule = hit.Rule with { Therapies = carried }, CarriedOver = true });
            }
        }

        return (kept, notCarried);
    }

    /// <summary>
    /// For each finding, the drugs that this tumour type's own rules name when their positive part (exclusions
    /// ignored) matches it: HER2-positive colorectal cancer has its own trastuzumab rule, which requires RAS wild
    /// type, so a breast trastuzumab regimen must not slip in when RAS is mutant.
    /// </summary>
    private Dictionary<Finding, HashSet<string>> OwnRuleDrugs(CaseIndex index, IReadOnlyList<Rule> ownTherapyRules)
    {
        var byFinding = new Dictionary<Finding, HashSet<string>>(ReferenceEqualityComparer.Instance);
        foreach (var rule in ownTherapyRules)
        {
            if (positiveParts[rule.Id] is not { } positive || evaluator.Evaluate(positive, index) is not { Truth: Truth.True } result)
            {
                continue;
            }

            foreach (var finding in result.Findings)
            {
                if (!byFinding.TryGetValue(finding, out var drugs))
                {
                    drugs = new HashSet<string>(StringComparer.Ordinal);
                    byFinding[finding] = drugs;
                }

                drugs.UnionWith(rule.Therapies.SelectMany(t => t.Drugs));
            }
        }

        return byFinding;
    }

    /// <summary>The criterion without its none-of parts: what must be found, not what must be absent.</summary>
    private static Criterion? WithoutExclusions(Criterion criterion) => criterion switch
    {
        NoneOfCriterion => null,
        AllOfCriterion all => all.Parts.Select(WithoutExclusions).OfType<Criterion>().ToArray() switch
        {
            [] => null,
            [var only] => only,
            var parts => all with { Parts = parts },
        },
        AnyOfCriterion any => any.Parts.Select(WithoutExclusions).OfType<Criterion>().ToArray() switch
        {
            [] => null,
            var parts => any with { Parts = parts },
        },
        _ => criterion,
    };
}
