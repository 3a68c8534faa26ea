using OmicsReports.Domain.Knowledge.Changes;
using OmicsReports.Domain.Reports.Distillation;
using OmicsReports.Ingest.Knowledge;
using OmicsReports.Ingest.Tests.Knowledge.CaseTables;

namespace OmicsReports.Ingest.Tests.Knowledge;

/// <summary>A curator's edit to the shipped knowledge base must show up in the diff and in the reanalysis.</summary>
public class ReanalysisOfShippedBaseTests
{
    private static Domain.Cases.OmicsCase CaseOf(string id) => CaseBuilder.Build(CaseTableFile.ReadAll().Single(r => r.Id == id));

    [Fact]
    public void Reanalysis_RuleRemovedAndRetiered_ListsTheAffectedCasesOnly()
    {
        var older = ShippedKnowledgeBase.Current;
        var shippedVersion = older.Stamp.Version;
        using var edited = new TemporaryKnowledgeBase(copyShipped: true);
        edited.Replace("manifest.yaml", $"version: {shippedVersion}", $"version: {shippedVersion}-edited");
        edited.Replace("rules/nsclc/drivers.yaml", "      - repotrectinib\n    direction: sensitive", "    direction: sensitive");
        edited.Replace("rules/gastrointestinal.yaml", "      level: guideline\n      references:\n        - doi: 10.1016/j.annonc.2021.09.005", "      level: clinical-trial\n      references:\n        - doi: 10.1016/j.annonc.2021.09.005");
        var newer = KnowledgeBaseLoader.Load(edited.Folder, OncoTreeFixture.Current).KnowledgeBase!;

        var diff = KnowledgeBaseDiff.Compare(older, newer);
        var ros1 = Reanalysis.Compare(Distill(older, "NSCLC-12"), Distill(newer, "NSCLC-12"));
        var gist = Reanalysis.Compare(Distill(older, "GIST-01"), Distill(newer, "GIST-01"));
        var egfr = Reanalysis.Compare(Distill(older, "NSCLC-01"), Distill(newer, "NSCLC-01"));

        Assert.Equal(["GIST-PDGFRA-D842V-IMATINIB-RESISTANCE", "NSCLC-ROS1-FUSION-TKI"], diff.Rules.Select(r => r.Id));
        Assert.Equal((shippedVersion, $"{shippedVersion}-edited"), (diff.OldVersion, diff.NewVersion));
        Assert.Contains(ros1.Changes, c => c.Kind == ImplicationChangeKind.Dropped && c.Therapies.SequenceEqual(["repotrectinib"]));
        Assert.Contains(gist.Changes, c => c.Kind == ImplicationChangeKind.Retiered && c.Therapies.SequenceEqual(["imatinib"]));
        Assert.False(egfr.Changed);
    }

    private static Domain.Reports.OmicsReport Distill(Domain.Knowledge.KnowledgeBase kb, string id) =>
        new ReportDistiller(kb, OncoTreeFixture.Current).Distill(CaseOf(id));
}
