using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;
using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Reports;
using OmicsReports.Ingest.Knowledge;

namespace OmicsReports.Reporting.Tests.Pdf;

/// <summary>
/// The whole path with real parts: the shipped knowledge base distils a melanoma case with BRAF V600E, and the PDF
/// shows the engine's Tier I therapy on page 1. Nothing about the therapy is written into this test.
/// </summary>
[Collection(ChromiumCollection.Name)]
public class DistilledReportPdfTests(PdfExporterFixture fixture)
{
    [Fact]
    public async Task ShippedKnowledge_MelanomaWithBrafV600E_PrintsTheEnginesTierOneTherapyOnPage1()
    {
        var (knowledge, problems) = KnowledgeFolder.Load(ShippedKnowledgeFolder());
        Assert.True(knowledge is not null, string.Join('\n', problems));
        var braf = new SmallVariant
        {
            Gene = "BRAF",
            Protein = new ProteinChange(ProteinChangeKind.Substitution, "V", 600, 600, "E", "V600E"),
            Consequence = VariantConsequence.Missense,
            Vaf = 0.41,
            Source = new SourceLocation("sample.maf", 12),
        };
        var omicsCase = SampleReports.Case() with { Variants = [braf] };

        var report = knowledge.CreateDistiller().Distill(omicsCase);
        var tierOne = report.Implications.First(i => i.Tier == EvidenceTier.IA && i.Kind == ImplicationKind.Therapeutic && i.InThisTumorType);
        var pdf = await fixture.ExportAsync(SampleReports.Request(omicsCase, report, SampleReports.Draft().Version), "distilled");

        var page1 = Poppler.Flat(Poppler.PageTexts(pdf)[0]);
        var section = page1.IndexOf(OmicsReports.Reporting.Components.TierBadge.Description(tierOne.Tier), StringComparison.OrdinalIgnoreCase);
        var therapy = page1.IndexOf(string.Join(" + ", tierOne.Therapies), StringComparison.Ordinal);
        Assert.True(section >= 0 && therapy > section, $"'{string.Join(" + ", tierOne.Therapies)}' is not under its tier on page 1:\n{page1}");
        Assert.Contains(report.KnowledgeBase.Version, page1, StringComparison.Ordinal);
    }

    internal static string ShippedKnowledgeFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OmicsReports.sln")))
            {
                return Path.Combine(dir.FullName, "knowledge");
            }
        }

        throw new DirectoryNotFoundException("The repository root (OmicsReports.sln) was not found above the test binaries.");
    }
}
