using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Knowledge.Matching;
using OmicsReports.Domain.Knowledge.Tiering;
using OmicsReports.Domain.Reports;
using OmicsReports.Ingest.Knowledge;

namespace OmicsReports.Web.Features.Knowledge;

/// <summary>The console's filters; empty ones match everything.</summary>
public sealed record RuleFilter(string? Gene = null, string? Drug = null, string? TumorType = null, EvidenceTier? Tier = null, EvidenceSource? Source = null);

/// <summary>One rule of the loaded release as the console lists it.</summary>
/// <param name="Tier">The tier the rule gives in its own tumour types (AMP/ASCO/CAP 2017, <see cref="TierClassifier"/>).</param>
public sealed record RuleRow(Rule Rule, string Genes, string Drugs, string Scope, EvidenceTier Tier, string Level);

/// <summary>
/// Searches the loaded release's rules in memory: a release holds a few hundred, so filtering here and handing the
/// grid one page is cheaper than a table of them. The tier shown is the one the rule gives in its own tumour types.
/// </summary>
public sealed class RuleCatalog(LoadedKnowledge knowledge)
{
    private readonly List<RuleRow> rows = knowledge.KnowledgeBase.Rules.Select(r => Row(r, knowledge.Hierarchy)).OrderBy(r => r.Rule.Id, StringComparer.Ordinal).ToList();

    public int Count => rows.Count;

    public (IReadOnlyList<RuleRow> Page, int Total) Search(RuleFilter filter, int skip, int take)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var matches = rows.Where(r => Matches(r, filter)).ToList();
        return (matches.Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 100)).ToList(), matches.Count);
    }

    public RuleRow? Find(string id) => rows.FirstOrDefault(r => r.Rule.Id == id);

    private bool Matches(RuleRow row, RuleFilter filter) =>
        Contains(row.Genes, filter.Gene) && Contains(row.Drugs, filter.Drug) && InTumorType(row.Rule.Scope, filter.TumorType) &&
        (filter.Tier is null || row.Tier == filter.Tier) && (filter.Source is null || row.Rule.Evidence.Source == filter.Source);

    private static bool Contains(string text, string? term) =>
        string.IsNullOrWhiteSpace(term) || text.Contains(term.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>An OncoTree code or a name: a listed code, a subtype of one, or part of a listed type's name.</summary>
    private bool InTumorType(RuleScope scope, string? term)
    {
        if (string.IsNullOrWhiteSpace(term) || scope.Breadth != ScopeBreadth.Listed)
        {
            return true;
        }

        var wanted = term.Trim();
        var code = wanted.ToUpperInvariant();
        return scope.TumorTypes.Any(t => t == code || (knowledge.Hierarchy.Contains(code) && knowledge.Hierarchy.IsWithin(code, t)) ||
            (knowledge.Hierarchy.NameOf(t)?.Contains(wanted, StringComparison.OrdinalIgnoreCase) ?? false));
    }

    private static RuleRow Row(Rule rule, OncoTreeHierarchy hierarchy)
    {
        var tier = TierClassifier.Classify(rule.Kind, rule.Direction, rule.Evidence.Level, ScopeMatch.ThisTumorType, rule.Evidence.Strength);
        var scope = rule.Scope.Breadth switch
        {
            ScopeBreadth.AnyTumor => "any tumour type",
            ScopeBreadth.AllSolidTumors => "all solid tumours",
            _ => string.Join(", ", rule.Scope.TumorTypes.Select(t => hierarchy.NameOf(t) is { } name ? $"{name} ({t})" : t)),
        };
        if (rule.Scope.Excluded.Count > 0)
        {
            scope += " except " + string.Join(", ", rule.Scope.Excluded);
        }

        return new RuleRow(rule, string.Join(", ", rule.When.Genes.Distinct(StringComparer.Ordinal)),
            string.Join("; ", rule.Therapies.Select(t => t.ToString())), scope, tier.Tier, tier.Level);
    }
}
