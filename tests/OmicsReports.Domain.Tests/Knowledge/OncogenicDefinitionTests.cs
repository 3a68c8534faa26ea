using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;
using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Knowledge.Criteria;
using OmicsReports.Domain.Knowledge.Matching;
using OmicsReports.Domain.Reports;
using static OmicsReports.Domain.Tests.Knowledge.Fixtures;

namespace OmicsReports.Domain.Tests.Knowledge;

/// <summary>Oncogenic is more than truncating: hotspots of a table, canonical splice sites and homozygous deletions count.</summary>
public class OncogenicDefinitionTests
{
    private static readonly Reference Table = new("pmid", "29247016", "Cancer Hotspots v2");
    private static readonly Reference Roles = new("doi", "10.1038/s41568-020-0290-x", "IntOGen compendium");

    private static readonly OncogenicDefinition Definition = new(
        [new GeneRoleEntry("TP53", GeneRole.TumourSuppressor, Roles), new GeneRoleEntry("BRCA2", GeneRole.TumourSuppressor, Roles),
         new GeneRoleEntry("KRAS", GeneRole.Oncogene, Roles)],
        [
            new Hotspot("TP53", 175, null, Table) { Kind = HotspotKind.Missense, Reference = "R", Observed = ["C", "G", "H", "L"], Tumours = 416 },
            new Hotspot("TP53", 248, null, Table) { Kind = HotspotKind.Missense, Reference = "R", Observed = ["G", "L", "P", "Q", "W"] },
            new Hotspot("EGFR", 745, null, Table) { Kind = HotspotKind.InFrameIndel, End = 759 },
            new Hotspot("MET", 1010, null, Table) { Kind = HotspotKind.Splice },
            new Hotspot("APC", 1450, null, Table) { Kind = HotspotKind.Nonsense, Observed = ["*"] },
        ]);

    private static readonly CriterionEvaluator Evaluator = new(Definition);

    [Theory]
    [InlineData("R", 175, "H", true)]
    [InlineData("R", 248, "W", true)]
    [InlineData("R", 175, "S", false)]
    [InlineData("R", 176, "H", false)]
    public void Tp53Missense_IsAHotspotOnlyForObservedChanges(string reference, int codon, string alternate, bool hotspot)
    {
        var basis = Definition.Classify("TP53", Variant("TP53", Substitution(reference, codon, alternate)));

        Assert.Equal(hotspot, basis?.Reason == OncogenicReason.Hotspot);
    }

    [Fact]
    public void Tp53R175H_SaysWhyItCounts()
    {
        var basis = Definition.Classify("TP53", Variant("TP53", Substitution("R", 175, "H")))!;

        Assert.Equal(("hotspot", "recurrent hotspot TP53 R175, seen in 416 tumours", Table), (basis.ShortName, basis.Text, basis.Source));
    }

    [Fact]
    public void InFrameIndelWithinAHotspotRange_IsAHotspot()
    {
        Assert.NotNull(Definition.Classify("EGFR", Variant("EGFR", Range(ProteinChangeKind.Deletion, 746, 750, "E746_A750del"), VariantConsequence.InframeDeletion)));
        Assert.Null(Definition.Classify("EGFR", Variant("EGFR", Range(ProteinChangeKind.Deletion, 760, 762, "V760_D762del"), VariantConsequence.InframeDeletion)));
    }

    [Fact]
    public void SpliceHotspot_MatchesP_XSpliceAndACanonicalCNotation()
    {
        var byProtein = Variant("MET", ProteinNotation.Parse("p.X1010_splice"), VariantConsequence.SpliceSite);
        var byCoding = Variant("MET", null, VariantConsequence.Other) with
        {
            HgvsC = "c.3028+1G>T",
            Location = new VariantLocation { Basis = "c.3028+1G>T", Splice = new SpliceSite(SpliceSide.Donor, 14, 14, "+1", true) },
        };

        Assert.Equal(OncogenicReason.Hotspot, Definition.Classify("MET", byProtein)!.Reason);
        Assert.Equal(OncogenicReason.Hotspot, Definition.Classify("MET", byCoding)!.Reason);
    }

    [Fact]
    public void SuppressorVariants_TruncatingAndCanonicalSplice_CountAndSayWhich()
    {
        var truncating = Variant("BRCA2", ProteinNotation.Parse("p.S1982Rfs*22"), VariantConsequence.FrameshiftDeletion);
        var splice = Variant("BRCA2", null, VariantConsequence.Other) with
        {
            Location = new VariantLocation { Basis = "c.8487+1G>A", Splice = new SpliceSite(SpliceSide.Donor, 19, 19, "+1", true) },
        };
        var region = splice with { Location = splice.Location! with { Splice = new SpliceSite(SpliceSide.Donor, 19, 19, "+5", false) } };

        Assert.Equal(OncogenicReason.TruncatingInTumourSuppressor, Definition.Classify("BRCA2", truncating)!.Reason);
        Assert.Equal(OncogenicReason.SpliceSiteInTumourSuppressor, Definition.Classify("BRCA2", splice)!.Reason);
        Assert.Null(Definition.Classify("BRCA2", region));
        Assert.Null(Definition.Classify("KRAS", Variant("KRAS", null, VariantConsequence.Nonsense)));
    }

    [Theory]
    [InlineData("BRCA2", CopyNumberCall.DeepDeletion, true)]
    [InlineData("BRCA2", CopyNumberCall.ShallowDeletion, false)]
    [InlineData("KRAS", CopyNumberCall.DeepDeletion, false)]
    public void HomozygousDeletion_OfASuppressorOnly(string gene, CopyNumberCall call, bool oncogenic)
    {
        var basis = Definition.Classify(new CopyNumberAlteration { Gene = gene, Call = call, Source = At });

        Assert.Equal(oncogenic, basis?.Reason == OncogenicReason.HomozygousDeletionOfTumourSuppressor);
    }

    [Fact]
    public void OncogenicCriterion_HoldsForADeepDeletionUnlessItAsksForGermline()
    {
        var deletion = new CopyNumberAlteration { Gene = "BRCA2", Call = CopyNumberCall.DeepDeletion, Source = At };
        var omicsCase = Case("PRAD", deletion);

        var any = Evaluator.Evaluate(new OncogenicCriterion { Gene = "BRCA2" }, new CaseIndex(omicsCase));
        var germline = Evaluator.Evaluate(new OncogenicCriterion { Gene = "BRCA2", Origin = OriginRequirement.Germline }, new CaseIndex(omicsCase));

        Assert.Equal(Truth.True, any.Truth);
        Assert.Same(deletion, Assert.Single(any.Findings));
        Assert.Equal(Truth.False, germline.Truth);
    }

    [Fact]
    public void Distil_ParpRuleOnADeepDeletion_SaysWhyTheDeletionCounts()
    {
        var rule = Rule("PARP", new OncogenicCriterion { Gene = "BRCA2" }, ["LUAD"], [["olaparib"]]);
        var deletion = new CopyNumberAlteration { Gene = "BRCA2", Call = CopyNumberCall.DeepDeletion, Source = At };

        var report = new OmicsReports.Domain.Reports.Distillation.ReportDistiller(Base(rule), Tree).Distill(Case("LUAD", deletion));

        var matched = Assert.Single(Assert.Single(report.Implications).Matched);
        Assert.Equal("BRCA2 deep deletion", matched.Label);
        Assert.Contains(matched.DerivedAs, d => d.StartsWith("Counts as oncogenic (homozygous deletion): homozygous deletion of BRCA2", StringComparison.Ordinal));
    }

    [Fact]
    public void Nonsense_AtARecurrentStopOfAGeneWithoutRole_IsAHotspot()
    {
        Assert.Equal(OncogenicReason.Hotspot, Definition.Classify("APC", Variant("APC", ProteinNotation.Parse("p.R1450*"), VariantConsequence.Nonsense))!.Reason);
    }
}
