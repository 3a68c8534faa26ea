using System.Diagnostics;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Knowledge.Matching;
using OmicsReports.Domain.Reports.Distillation;
using OmicsReports.Ingest.Knowledge;

namespace OmicsReports.Benchmarks;

/// <summary>`dotnet run -c Release -- --stages`: a rough per-stage timing to find where distillation spends time.</summary>
public static class Stages
{
    public static void Run(string knowledgeFolder)
    {
        var (knowledge, _) = KnowledgeFolder.Load(knowledgeFolder);
        var kb = knowledge!.KnowledgeBase;
        var omicsCase = SyntheticCase.Create(knowledge.Genes.Genes.Select(g => g.Symbol).Order(StringComparer.Ordinal).ToArray());
        var rules = new RuleApplication(kb, new ScopeMatcher(knowledge.Hierarchy), knowledge.Hierarchy);
        var builder = new ImplicationBuilder(kb, new Rationale(knowledge.Hierarchy));
        var workup = new Workup(kb, knowledge.Hierarchy);
        var distiller = knowledge.CreateDistiller();
        const int n = 2000;
        Time("index", n, () => new CaseIndex(omicsCase, kb.Qc));
        var index = new CaseIndex(omicsCase, kb.Qc);
        Time("rules", n, () => rules.Apply(index));
        var outcome = rules.Apply(index);
        Time("implications", n, () => builder.Build(outcome.Hits, omicsCase.TumorType));
        var built = builder.Build(outcome.Hits, omicsCase.TumorType);
        Time("conflicts", n, () => ConflictResolver.Resolve(built, kb.Drugs));
        Time("grouping", n, () => TherapyGrouping.Group(built));
        var used = new HashSet<Finding>(outcome.Hits.SelectMany(h => h.Result.Findings), ReferenceEqualityComparer.Instance);
        Time("vus", n, () => VariantSummary.For(index, kb.Oncogenic, used));
        var standards = workup.StandardsFor(omicsCase.TumorType);
        Time("negatives", n, () => Workup.PertinentNegatives(standards, index, used));
        Time("tests", n, () => workup.RecommendedTests(standards, index, outcome.Pending, outcome.Hits));
        Time("qc", n, () => QcCaveats.For(omicsCase, kb.Qc));
        Time("key", n, () => KeyBiomarkers.For(index));
        Time("distill", n, () => distiller.Distill(omicsCase, "x"));
        Console.WriteLine($"{outcome.Hits.Count} hits, {built.Count} implications");
        Time("nameOf", n, () => knowledge.Hierarchy.NameOf("LUAD")!);
        Time("isWithin", n, () => knowledge.Hierarchy.IsWithin("LUAD", "MYELOID"));
        var rationale = new Rationale(knowledge.Hierarchy);
        Time("rationale", n, () => rationale.For(outcome.Hits[0], omicsCase.TumorType));
        Time("empty", n, () => 1);
    }

    private static void Time(string name, int n, Func<object> action)
    {
        for (var i = 0; i < 200; i++)
        {
            action();
        }

        // CPU time as well as wall time: on a shared machine the wall time includes waiting for a core.
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < n; i++)
        {
            action();
        }

        watch.Stop();
        process.Refresh();
        var cpuPerOp = (process.TotalProcessorTime - cpu).TotalMicroseconds / n;
        Console.WriteLine($"{name,-14} {watch.Elapsed.TotalMicroseconds / n,10:0.0} µs wall {cpuPerOp,10:0.0} µs CPU");
    }
}
