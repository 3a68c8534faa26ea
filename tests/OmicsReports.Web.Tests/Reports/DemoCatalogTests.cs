using OmicsReports.Data.Demo;
using OmicsReports.Data.Reports;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Reports;

namespace OmicsReports.Web.Tests.Reports;

/// <summary>The demo cases are consistent with themselves and, together, show every kind of finding.</summary>
public class DemoCatalogTests
{
    public static TheoryData<int> Cases() => new(Enumerable.Range(0, DemoCatalog.All.Count));

    [Theory]
    [MemberData(nameof(Cases))]
    public void DemoCase_RoundTripsThroughTheStoredJson_Unchanged(int index)
    {
        var demo = DemoCatalog.All[index];
        var caseJson = ReportSnapshots.Serialize(demo.Case);
        var reportJson = ReportSnapshots.Serialize(demo.Report);

        Assert.Equal(caseJson, ReportSnapshots.Serialize(ReportSnapshots.ReadCase(caseJson)));
        Assert.Equal(reportJson, ReportSnapshots.Serialize(ReportSnapshots.ReadReport(reportJson)));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void DemoCase_EveryImplication_CitesASource_AndMatchesFindingsOfItsCase(int index)
    {
        var demo = DemoCatalog.All[index];
        var sources = Findings(demo.Case).Select(f => f.Source.ToString()).ToHashSet();

        foreach (var implication in demo.Report.Implications)
        {
            Assert.NotEmpty(implication.References);
            Assert.NotEmpty(implication.Matched);
            Assert.All(implication.Matched, m => Assert.Contains(m.Source, sources));
        }
    }

    [Fact]
    public void DemoCases_Together_ShowEveryKindOfFinding()
    {
        var reports = DemoCatalog.All.Select(d => d.Report).ToList();
        var cases = DemoCatalog.All.Select(d => d.Case).ToList();
        var implications = reports.SelectMany(r => r.Implications).ToList();

        Assert.Subset(implications.Select(i => i.Tier).ToHashSet(), new HashSet<EvidenceTier> { EvidenceTier.IA, EvidenceTier.IB, EvidenceTier.IIC });
        Assert.Subset(implications.Select(i => i.Direction).ToHashSet(),
            new HashSet<Direction> { Direction.Sensitive, Direction.Resistant, Direction.Avoid, Direction.ReduceDose, Direction.Alternative });
        Assert.Contains(cases, c => c.Variants.Count >= 500);
        Assert.Contains(cases, c => c.CopyNumbers.Count > 0);
        Assert.Contains(cases, c => c.StructuralVariants.Count > 0);
        Assert.Contains(cases, c => c.Expression.Count > 0);
        Assert.Contains(cases, c => c.Proteins.Count > 0);
        Assert.Contains(cases, c => c.Pharmacogenomics.Count > 0);
        Assert.Contains(cases, c => c.Msi?.Status == MsiStatus.High);
        Assert.Contains(cases, c => c.Tmb?.MutationsPerMegabase >= 10);
        Assert.Contains(cases, c => c.Warnings.Count > 0);
        Assert.Contains(cases, c => c.TumorType is null);
        Assert.Contains(cases, c => Findings(c).Any(f => f.Notes.Count > 0));
        Assert.Contains(reports, r => r.QcFindings.Count > 0);
        Assert.Contains(reports, r => r.RecommendedTests.Count > 0);
        Assert.Contains(reports, r => r.PertinentNegatives.Count > 0);
        Assert.Contains(reports, r => r.KeyBiomarkers.Any(b => b is { Name: "PD-L1", Tested: true }));
        Assert.Contains(reports, r => r.KeyBiomarkers.Any(b => b is { Name: "HER2", Tested: true }));
        Assert.Contains(reports, r => r.Implications.Count == 0);
        Assert.Equal(
            [DemoSignOut.Draft, DemoSignOut.InReview, DemoSignOut.Signed, DemoSignOut.Amended],
            DemoCatalog.All.Select(d => d.SignOut).Distinct().Order().ToList());
    }

    private static IEnumerable<Finding> Findings(OmicsCase c) =>
        [.. c.Variants, .. c.CopyNumbers, .. c.StructuralVariants, .. c.Expression, .. c.Proteins, .. c.Pharmacogenomics,
         .. new Finding?[] { c.Tmb, c.Msi }.OfType<Finding>()];
}
