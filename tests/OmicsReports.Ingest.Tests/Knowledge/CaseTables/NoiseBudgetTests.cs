using OmicsReports.Domain.Reports;
using OmicsReports.Domain.Reports.Distillation;
using OmicsReports.Domain.Reports.Summary;
using OmicsReports.Ingest.Tests.Support;
using Xunit.Abstractions;

namespace OmicsReports.Ingest.Tests.Knowledge.CaseTables;

/// <summary>
/// The noise budget of issue 11: typical cases (tests/cases/noise-budget.md) and every shipped demo case show at most
/// six therapy cards on the summary, and never a carried-over option among the on-label ones. The counts are written to
/// the test output so that a change in noise is visible in the log.
/// </summary>
public class NoiseBudgetTests(ITestOutputHelper output)
{
    private const int Budget = 6;

    private static readonly Lazy<ReportDistiller> Distiller = new(() => new ReportDistiller(ShippedKnowledgeBase.Current, OncoTreeFixture.Current));

    [Fact]
    public void TypicalCases_AtLeastTwenty_EachWithinTheBudget()
    {
        var rows = CaseTableFile.Read(Path.Combine(CaseTableFile.Folder, "noise-budget.md")).ToArray();

        Assert.True(rows.Length >= 20, $"{rows.Length} typical cases");
        var failures = new List<string>();
        foreach (var row in rows)
        {
            var report = Distiller.Value.Distill(CaseBuilder.Build(row));
            var layout = SummaryLayout.Of(report);
            output.WriteLine($"{row.Id,-6} {row.TumorType,-6} {row.Findings,-55} implications {report.Implications.Count,2}, cards {layout.TherapyCardCount} " +
                $"({layout.Therapies.Count} options, {layout.Against.Count} resistance, {layout.CarriedOver.Count} carried over)");
            if (layout.TherapyCardCount > Budget)
            {
                failures.Add($"{row}: {layout.TherapyCardCount} therapy cards");
            }

            failures.AddRange(SummaryInvariants.Check(report).Select(f => $"{row}: {f}"));
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task DemoCases_EachWithinTheBudget()
    {
        var demo = Path.Combine(Path.GetDirectoryName(ShippedKnowledgeBase.Folder)!, "demo", "cases");
        var files = Directory.GetFiles(demo, "*.json").Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(files);
        var failures = new List<string>();
        foreach (var file in files)
        {
            var omicsCase = (await Imports.CasesAsync(file)).Single();
            var report = Distiller.Value.Distill(omicsCase);
            var layout = SummaryLayout.Of(report);
            output.WriteLine($"{Path.GetFileName(file),-22} implications {report.Implications.Count,2}, cards {layout.TherapyCardCount}");
            if (layout.TherapyCardCount > Budget)
            {
                failures.Add($"{Path.GetFileName(file)}: {layout.TherapyCardCount} therapy cards");
            }

            failures.AddRange(SummaryInvariants.Check(report).Select(f => $"{Path.GetFileName(file)}: {f}"));
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }
}
