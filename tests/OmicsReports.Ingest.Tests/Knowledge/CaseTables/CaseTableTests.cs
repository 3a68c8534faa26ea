using OmicsReports.Domain.Reports;
using OmicsReports.Domain.Reports.Distillation;

namespace OmicsReports.Ingest.Tests.Knowledge.CaseTables;

/// <summary>Runs every row of the clinical case tables in tests/cases/ against the shipped knowledge base.</summary>
public class CaseTableTests
{
    private static readonly Lazy<ReportDistiller> Distiller = new(() => new ReportDistiller(ShippedKnowledgeBase.Current, OncoTreeFixture.Current));

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var row in CaseTableFile.ReadAll())
        {
            data.Add(row.ToString());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void CaseTable_Row_ReportSaysWhatTheTableExpects(string caseName)
    {
        var row = CaseTableFile.ReadAll().Single(r => r.ToString() == caseName);

        var report = Distiller.Value.Distill(CaseBuilder.Build(row));

        var failures = Expectations.Check(row.Expected, report).Concat(SummaryInvariants.Check(report)).ToArray();
        Assert.True(failures.Length == 0, $"{row}:\n  {string.Join("\n  ", failures)}\nreport:\n{Summary(report)}");
    }

    [Fact]
    public void CaseTables_HaveAtLeastEightyUniqueCases()
    {
        var rows = CaseTableFile.ReadAll();

        Assert.True(rows.Count >= 80, $"{rows.Count} cases");
        Assert.Equal(rows.Count, rows.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count());
    }

    private static string Summary(OmicsReport report) => string.Join('\n', report.Implications.Select(i =>
            $"  {string.Join(" + ", i.Therapies)}: {i.Direction} {i.Tier} {i.Level} [{string.Join(",", i.RuleIds)}] {i.Biomarker}"
            + (i.Setting is { } s ? $" | {s.Label}" : "") + (i.CarriedOver ? " | carried over" : "") + (i.ContradictedBy is { } c ? $" | contradicted by {c}" : "")
            + (i.Condition is { } k ? $" | if {k}" : "") + (i.PriorTherapy is { } p ? $" | {p.Note}" : ""))
        .Concat(report.PertinentNegatives.Select(n => $"  negative {n.Gene} ({n.Layer})"))
        .Concat(report.RecommendedTests.Select(t => $"  test {t.Test}"))
        .Concat(report.QcFindings.Select(q => $"  qc {q.Code}"))
        .Concat(report.NotApplied.Select(n => $"  excluded {n.RuleId}"))
        .Concat(report.NotCarriedOver.Select(n => $"  not carried {string.Join(" + ", n.Therapies)} ({n.Outcome})")));
}
