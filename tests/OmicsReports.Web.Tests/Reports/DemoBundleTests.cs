using OmicsReports.Data.Demo;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Reports;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Reports;

/// <summary>
/// The demo bundles in demo/cases through the real importer and the shipped knowledge base (no database): they import
/// cleanly, the engine finds what each case is there to show, and the catalogued comments say only what it reports.
/// </summary>
public class DemoBundleTests
{
    [Fact]
    public async Task DemoBundles_EveryFileInTheFolder_ImportsWithoutErrors_AsTheCaseItsNameSays()
    {
        var files = Directory.GetFiles(DemoBundles.Folder, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList();

        var bundles = await DemoBundles.AllAsync();

        Assert.Equal(7, files.Count);
        Assert.Equal(files, bundles.Select(b => b.Evaluated.Case.Specimen.SampleId));
        Assert.Equal(DemoCatalog.All.Select(p => p.SampleId).Order(StringComparer.Ordinal), files);
        Assert.All(bundles, b => Assert.Matches("^DEMO-000[1-7]$", b.Evaluated.Case.Patient.Mrn));
        var warned = Assert.Single(bundles, b => b.Evaluated.Case.Warnings.Count > 0);
        Assert.Equal(["coverage-unknown"], warned.Evaluated.Case.Warnings.Select(w => w.Code));
    }

    [Fact]
    public async Task MelanomaBundle_ShippedKnowledgeBase_GivesTierOneBrafAndMekTherapy()
    {
        var melanoma = (await DemoBundles.ForAsync("DEMO-S1-MEL")).Evaluated.Report;

        var therapy = Assert.Single(melanoma.Implications, i => i.Therapies.SequenceEqual(["dabrafenib", "trametinib"]));
        Assert.Equal((EvidenceTier.IA, Direction.Sensitive, true), (therapy.Tier, therapy.Direction, therapy.InThisTumorType));
        Assert.Contains("MELANOMA-BRAF-V600-BRAF-MEK-INHIBITOR", therapy.RuleIds);
        var matched = Assert.Single(therapy.Matched);
        Assert.Equal("BRAF V600E", matched.Label);
        Assert.Contains(matched.ReportedAs, r => r.Contains("p.Val600Glu", StringComparison.Ordinal));
        Assert.Equal(DemoBundles.Knowledge.KnowledgeBase.Stamp, melanoma.KnowledgeBase);
    }

    [Fact]
    public async Task DemoCases_Together_ShowEveryKindOfFinding()
    {
        var bundles = await DemoBundles.AllAsync();
        var cases = bundles.Select(b => b.Evaluated.Case).ToList();
        var reports = bundles.Select(b => b.Evaluated.Report).ToList();
        var implications = reports.SelectMany(r => r.Implications).ToList();

        // No IB since BRAF V600E resistance to anti-EGFR monotherapy (colorectal demo) stands at its guideline level, IA.
        Assert.Subset(implications.Select(i => i.Tier).ToHashSet(), new HashSet<EvidenceTier> { EvidenceTier.IA, EvidenceTier.IIC });
        Assert.Subset(implications.Select(i => i.Direction).ToHashSet(),
            new HashSet<Direction> { Direction.Sensitive, Direction.Resistant, Direction.Avoid, Direction.ReduceDose, Direction.Alternative });
        Assert.Contains(cases, c => c.Variants.Count >= 500);
        Assert.Contains(cases, c => c.Variants.Any(v => v.Vaf is not null));
        Assert.Contains(cases, c => c.CopyNumbers.Any(a => a.Call == CopyNumberCall.Amplification));
        Assert.Contains(cases, c => c.CopyNumbers.Any(a => a.Call == CopyNumberCall.DeepDeletion));
        Assert.Contains(cases, c => c.StructuralVariants.Any(s => s.Kind == StructuralVariantKind.Fusion));
        Assert.Contains(cases, c => c.Expression.Count > 0);
        Assert.Contains(cases, c => c.Proteins.Any(p => p.Marker == "PD-L1"));
        Assert.Contains(cases, c => c.Proteins.Any(p => p.Marker == "HER2"));
        Assert.Subset(cases.SelectMany(c => c.Pharmacogenomics).Select(p => p.Gene).ToHashSet(), new HashSet<string> { "DPYD", "UGT1A1", "CYP2D6" });
        Assert.Contains(cases, c => c.Msi?.Status == MsiStatus.High);
        Assert.Contains(cases, c => c.Tmb?.MutationsPerMegabase >= 10);
        Assert.Contains(cases, c => c.TumorType is null);
        Assert.Contains(cases, c => c.Warnings.Count > 0);
        Assert.Contains(cases, c => Findings(c).Any(f => f.Notes.Count > 0));
        Assert.Contains(reports, r => r.QcFindings.Any(q => q.Code == "low-purity"));
        Assert.Contains(reports, r => r.RecommendedTests.Count > 0);
        Assert.Contains(reports, r => r.PertinentNegatives.Count > 0);
        Assert.Contains(reports, r => r.Vus.Count > 0);
        Assert.Contains(reports, r => r.KeyBiomarkers.Any(b => !b.Tested));
        Assert.Contains(reports, r => r.KeyBiomarkers.Any(b => b is { Name: "PD-L1", Tested: true }));
        Assert.Contains(reports, r => r.KeyBiomarkers.Any(b => b is { Name: "HER2", Tested: true }));
        Assert.Contains(reports, r => r.Implications.Count == 0);
        Assert.Equal([DemoSignOut.Draft, DemoSignOut.InReview, DemoSignOut.Signed, DemoSignOut.Amended],
            DemoCatalog.All.Select(d => d.SignOut).Distinct().Order().ToList());
    }

    [Fact]
    public async Task DemoComments_StateOnlyWhatTheEngineReports()
    {
        var melanoma = (await DemoBundles.ForAsync("DEMO-S1-MEL")).Evaluated.Report;
        var colorectal = (await DemoBundles.ForAsync("DEMO-S2-CRC")).Evaluated;
        var lung = (await DemoBundles.ForAsync("DEMO-S3-LUNG")).Evaluated.Report;

        // Melanoma: BRAF/MEK combinations at tier IA, TMB high, NRAS and KIT tested and normal.
        Assert.Contains(melanoma.Implications, i => i is { Tier: EvidenceTier.IA, InThisTumorType: true } && i.Therapies.SequenceEqual(["encorafenib", "binimetinib"]));
        Assert.Contains(melanoma.KeyBiomarkers, b => b is { Name: "TMB", Value: "14.2 mut/Mb" } && b.Interpretation!.StartsWith("High", StringComparison.Ordinal));
        Assert.Equal(["KIT", "NRAS"], melanoma.PertinentNegatives.Select(n => n.Gene).Order(StringComparer.Ordinal));
        // Colorectal: BRAF VAF 9% at purity 15%, KRAS and NRAS normal, reduced doses for DPYD and UGT1A1.
        Assert.Equal((0.09, 0.15), (colorectal.Case.Variants.Single(v => v.Gene == "BRAF").Vaf, colorectal.Case.Specimen.TumorPurity));
        Assert.Subset(colorectal.Report.PertinentNegatives.Select(n => n.Gene).ToHashSet(), new HashSet<string> { "KRAS", "NRAS" });
        Assert.Contains(colorectal.Report.Implications, i => i is { Direction: Direction.ReduceDose } && i.Genes.SequenceEqual(["DPYD"]) && i.Therapies.Contains("capecitabine"));
        Assert.Contains(colorectal.Report.Implications, i => i is { Direction: Direction.ReduceDose } && i.Genes.SequenceEqual(["UGT1A1"]) && i.Therapies.Contains("irinotecan"));
        // Lung: EGFR tyrosine kinase inhibitors at tier IA, PD-L1 TPS 60% by 22C3.
        Assert.Contains(lung.Implications, i => i is { Tier: EvidenceTier.IA } && i.Therapies.SequenceEqual(["osimertinib"]) && i.Biomarker.Contains("L858R", StringComparison.Ordinal));
        Assert.Contains(lung.KeyBiomarkers, b => b is { Name: "PD-L1", Value: "TPS 60% (22C3)" });
    }

    [Fact]
    public async Task DemoBundleLoader_UnexpectedWarning_FailsNamingTheFileAndLine()
    {
        var folder = Directory.CreateTempSubdirectory("omics-demo-");
        try
        {
            // A fusion partner the gene table does not know is usable input with a warning, but not in our own data.
            var odd = Path.Combine(folder.FullName, "DEMO-S5-THY.json");
            var json = await File.ReadAllTextAsync(Path.Combine(DemoBundles.Folder, "DEMO-S5-THY.json"));
            await File.WriteAllTextAsync(odd, json.Replace("\"ETV6\"", "\"ETV6X\"", StringComparison.Ordinal));

            var failure = await Assert.ThrowsAsync<DemoDataException>(() => DemoBundles.Loader().LoadAsync([odd], CancellationToken.None));

            Assert.Contains("DEMO-S5-THY.json:", failure.Message, StringComparison.Ordinal);
            Assert.Contains("ETV6X", failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static IEnumerable<Finding> Findings(OmicsCase c) =>
        [.. c.Variants, .. c.CopyNumbers, .. c.StructuralVariants, .. c.Expression, .. c.Proteins, .. c.Pharmacogenomics,
         .. new Finding?[] { c.Tmb, c.Msi }.OfType<Finding>()];
}
