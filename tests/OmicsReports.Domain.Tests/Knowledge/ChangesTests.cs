using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Knowledge.Changes;
using OmicsReports.Domain.Knowledge.Criteria;
using OmicsReports.Domain.Reports;
using OmicsReports.Domain.Reports.Distillation;
using static OmicsReports.Domain.Tests.Knowledge.Fixtures;

namespace OmicsReports.Domain.Tests.Knowledge;

public class ChangesTests
{
    private static readonly Criterion Ros1 = new FusionCriterion { Gene = "ROS1" };
    private static readonly Criterion G12C = new ProteinChangeCriterion { Gene = "KRAS", Changes = ["G12C"] };

    private static readonly KnowledgeBase Old = Base(
        Rule("ROS1-CRIZOTINIB", Ros1, ["NSCLC"], [["crizotinib"]]),
        Rule("KRAS-G12C-SOTORASIB", G12C, ["NSCLC"], [["sotorasib"]], level: EvidenceLevel.ClinicalTrial));

    private static readonly KnowledgeBase New = Base(
        Rule("KRAS-G12C-SOTORASIB", G12C, ["NSCLC"], [["sotorasib"]]),
        Rule("ROS1-ENTRECTINIB", Ros1, ["NSCLC"], [["entrectinib"]])) with { Stamp = new KnowledgeBaseStamp("test-2", new string('b', 64)) };

    [Fact]
    public void Diff_ChangedAddedRemovedRules_AreListedWithFields()
    {
        var changes = KnowledgeBaseDiff.Compare(Old, New);

        Assert.Equal(
            [
                new RuleChange("KRAS-G12C-SOTORASIB", RuleChangeKind.Changed, ["evidence.level"]),
                new RuleChange("ROS1-CRIZOTINIB", RuleChangeKind.Removed, []),
                new RuleChange("ROS1-ENTRECTINIB", RuleChangeKind.Added, []),
            ],
            changes.Rules.Select(c => c with { Fields = [.. c.Fields] }).ToArray(),
            new RuleChangeComparer());
        Assert.Equal("test-1", changes.OldVersion);
        Assert.Empty(KnowledgeBaseDiff.Compare(Old, Old).Rules);
    }

    [Fact]
    public void Reanalysis_ChangedKnowledgeBase_ReportsNewTierOneDroppedAndRetiered()
    {
        var omicsCase = Case("LUAD",
            new OmicsReports.Domain.Cases.StructuralVariant { GeneA = "CD74", GeneB = "ROS1", Source = At },
            Variant("KRAS", Substitution("G", 12, "C")));
        var before = new ReportDistiller(Old, Tree).Distill(omicsCase);
        var after = new ReportDistiller(New, Tree).Distill(omicsCase);

        var result = Reanalysis.Compare(before, after);

        Assert.True(result.Changed);
        Assert.True(result.HasNewTierOne);
        Assert.Contains(result.Changes, c => c.Kind == ImplicationChangeKind.Dropped && c.Therapies.SequenceEqual(["crizotinib"]));
        Assert.Contains(result.Changes, c => c.Kind == ImplicationChangeKind.NewTierOne && c.Therapies.SequenceEqual(["entrectinib"]));
        Assert.Contains(result.Changes, c => c.Kind == ImplicationChangeKind.NewTierOne && c.Therapies.SequenceEqual(["sotorasib"])
            && c.OldTier == EvidenceTier.IIC && c.NewTier == EvidenceTier.IA);
        Assert.Equal("test-1", result.Old.Version);
        Assert.Equal("test-2", result.New.Version);
    }

    [Fact]
    public void Reanalysis_SameKnowledgeBase_ReportsNothing()
    {
        var omicsCase = Case("LUAD", Variant("KRAS", Substitution("G", 12, "C")));
        var report = new ReportDistiller(New, Tree).Distill(omicsCase);

        Assert.False(Reanalysis.Compare(report, new ReportDistiller(New, Tree).Distill(omicsCase)).Changed);
    }

    private sealed class RuleChangeComparer : IEqualityComparer<RuleChange>
    {
        public bool Equals(RuleChange? x, RuleChange? y) =>
            x is not null && y is not null && x.Id == y.Id && x.Kind == y.Kind && x.Fields.SequenceEqual(y.Fields);

        public int GetHashCode(RuleChange obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
