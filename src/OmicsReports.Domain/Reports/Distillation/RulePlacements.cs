using System.Collections.Concurrent;
using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Knowledge.Matching;

namespace OmicsReports.Domain.Reports.Distillation;

/// <summary>
/// Every rule's scope placed against one tumour type: the match, the narrower scope codes, and the tumour type's own
/// therapy rules. A study has thousands of cases and a handful of tumour types, and placing a scope walks the OncoTree
/// lineage, so each tumour type is placed once per knowledge base instead of once per case (the same answers: the
/// hierarchy and the rules do not change while a distiller lives).
/// </summary>
internal sealed class RulePlacements
{
    private readonly ConcurrentDictionary<string, Placement> byTumorType = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<Rule> rules;
    private readonly ScopeMatcher scopes;
    private readonly Lazy<Placement> withoutTumorType;

    public RulePlacements(IReadOnlyList<Rule> rules, ScopeMatcher scopes)
    {
        this.rules = rules;
        this.scopes = scopes;
        withoutTumorType = new Lazy<Placement>(() => Place(null));
    }

    /// <summary>The placement of every rule (in knowledge-base order) for <paramref name="tumorType"/>.</summary>
    public Placement For(string? tumorType) =>
        tumorType is null ? withoutTumorType.Value : byTumorType.GetOrAdd(tumorType, Place);

    private Placement Place(string? tumorType)
    {
        var matches = new ScopeMatch[rules.Count];
        var narrower = new IReadOnlyList<string>[rules.Count];
        var ownTherapyRules = new List<Rule>();
        for (var i = 0; i < rules.Count; i++)
        {
            matches[i] = scopes.Match(rules[i].Scope, tumorType);
            narrower[i] = scopes.NarrowerCodes(rules[i].Scope, tumorType);
            if (rules[i].Therapies.Count > 0 && matches[i] == ScopeMatch.ThisTumorType)
            {
                ownTherapyRules.Add(rules[i]);
            }
        }

        return new Placement(matches, narrower, ownTherapyRules);
    }

    /// <param name="Matches">Where the tumour type stands against each rule's scope, by rule position.</param>
    /// <param name="Narrower">Each rule's scope codes beneath the tumour type (<see cref="ScopeMatcher.NarrowerCodes"/>).</param>
    /// <param name="OwnTherapyRules">The rules with therapies whose scope holds this tumour type, in knowledge-base order.</param>
    internal sealed record Placement(ScopeMatch[] Matches, IReadOnlyList<string>[] Narrower, IReadOnlyList<Rule> OwnTherapyRules);
}
