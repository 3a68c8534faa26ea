using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;
using OmicsReports.Domain.Reports;

namespace OmicsReports.Domain.Knowledge.Validation;

/// <summary>
/// Checks a knowledge base as a whole: duplicate ids, genes unknown to the gene table (or given by an old name),
/// unknown OncoTree codes, rules that cannot produce a sensible implication, and contradicting overlaps. Every
/// problem names the file and line of the rule or standard it concerns.
/// </summary>
public sealed class KnowledgeValidator(ITumorTypeHierarchy? hierarchy, GeneCatalog? genes)
{
    public IReadOnlyList<ImportProblem> Validate(KnowledgeBase knowledgeBase)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        var problems = new List<ImportProblem>();
        var firstById = new Dictionary<string, Rule>(StringComparer.Ordinal);
        foreach (var rule in knowledgeBase.Rules)
        {
            if (firstById.TryGetValue(rule.Id, out var first))
            {
                problems.Add(Error(rule.Location, "duplicate-id", $"Rule id {rule.Id} is already used at {first.Location}."));
            }
            else
            {
                firstById[rule.Id] = rule;
            }

            CheckGenes(problems, rule.Location, $"Rule {rule.Id}", rule.When.Genes);
            CheckCodes(problems, rule.Location, $"Rule {rule.Id}", rule.Scope.TumorTypes.Concat(rule.Scope.Excluded));
            CheckShape(problems, rule);
        }

        foreach (var standard in knowledgeBase.Standards)
        {
            CheckCodes(problems, standard.Location, "The standard", [standard.TumorType]);
            CheckGenes(problems, standard.Location, $"The {standard.TumorType} standard",
                standard.Biomarkers.Select(b => b.Gene).OfType<string>().Concat(standard.Tests.SelectMany(t => t.Genes)));
        }

        CheckGenes(problems, null, "oncogenic.yaml",
            knowledgeBase.Oncogenic.TumorSuppressors.Concat(knowledgeBase.Oncogenic.Hotspots.Select(h => h.Gene)));
        problems.AddRange(TherapyCheck.Problems(knowledgeBase));
        problems.AddRange(new OverlapCheck(hierarchy).Contradictions(knowledgeBase.Rules));
        return problems;
    }

    private static void CheckShape(List<ImportProblem> problems, Rule rule)
    {
        var needsTherapy = rule.Kind is ImplicationKind.Therapeutic or ImplicationKind.Pharmacogenomic;
        if (needsTherapy && rule.Therapies.Count == 0)
        {
            problems.Add(Error(rule.Location, "no-therapies", $"Rule {rule.Id} is {rule.Kind.ToString().ToLowerInvariant()} but names no therapies."));
        }

        if (rule.Direction == Direction.ReduceDose && rule.DoseAdjustment is null)
        {
            problems.Add(Error(rule.Location, "no-dose", $"Rule {rule.Id} reduces the dose but does not say how ('dose:')."));
        }

        if (rule.Kind == ImplicationKind.Pharmacogenomic && rule.Evidence.Source == EvidenceSource.Cpic && rule.Evidence.Strength is null)
        {
            problems.Add(Error(rule.Location, "no-strength", $"Rule {rule.Id} cites CPIC but gives no 'strength' (strong, moderate or optional)."));
        }
    }

    private void CheckGenes(List<ImportProblem> problems, SourceLocation? at, string what, IEnumerable<string> symbols)
    {
        if (genes is null)
        {
            return;
        }

        foreach (var symbol in symbols.Distinct(StringComparer.Ordinal))
        {
            var resolution = genes.Resolve(symbol);
            var message = resolution.Match switch
            {
                GeneMatch.Current when resolution.Symbol == symbol => null,
                GeneMatch.Current => $"{what} writes {symbol}; the HGNC symbol is spelt {resolution.Symbol}.",
                GeneMatch.PreviousSymbol or GeneMatch.Alias => $"{what} uses {symbol}, an old name or alias; use the current HGNC symbol {resolution.Symbol}.",
                _ => $"{what} names gene {symbol}, which the gene table does not know.",
            };
            if (message is not null)
            {
                problems.Add(Error(at, "unknown-gene", message));
            }
        }
    }

    private void CheckCodes(List<ImportProblem> problems, SourceLocation? at, string what, IEnumerable<string> codes)
    {
        if (hierarchy is null)
        {
            return;
        }

        foreach (var code in codes.Where(c => !hierarchy.Contains(c)).Distinct(StringComparer.Ordinal))
        {
            problems.Add(Error(at, "unknown-oncotree-code", $"{what} names tumour type {code}, which is not an OncoTree code."));
        }
    }

    internal static ImportProblem Error(SourceLocation? at, string code, string message) =>
        ImportProblem.Error(code, at?.File ?? "knowledge", at?.Line ?? 0, at?.Column, message);
}
