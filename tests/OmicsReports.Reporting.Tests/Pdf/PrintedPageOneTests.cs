using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;
using OmicsReports.Domain.Reports;
using OmicsReports.Ingest.Knowledge;
using OmicsReports.Reporting.Components;

namespace OmicsReports.Reporting.Tests.Pdf;

/// <summary>
/// Screen and paper agree: what the viewer's KeyFindings component shows of a report must be on page 1 of its PDF, as
/// a reader of the EHR copy sees it (pdftotext). The report is the shipped knowledge base's own output.
/// </summary>
[Collection(ChromiumCollection.Name)]
public class PrintedPageOneTests(PdfExporterFixture fixture)
{
    private const string HiddenReason = "Subclonal at 4% VAF; discussed with the oncologist";

    [Fact]
    public async Task Page1_DistilledMelanoma_PrintsEveryTherapyBiomarkerAndValueTheScreenShows()
    {
        var (omicsCase, report) = DistilledMelanoma();
        // Hide one therapy, as a pathologist may: the screen folds it away with the reason, and paper must still show it.
        var hiddenIndex = report.Implications.ToList().FindLastIndex(i => i.Kind == ImplicationKind.Therapeutic);
        var hidden = new Dictionary<int, string> { [hiddenIndex] = HiddenReason };

        await using var screen = new BunitContext();
        screen.JSInterop.Mode = JSRuntimeMode.Loose;
        screen.Services.AddMudServices();
        var keyFindings = screen.Render<KeyFindings>(p => p.Add(k => k.Case, omicsCase).Add(k => k.Report, report).Add(k => k.HiddenReasons, hidden));
        var therapies = Texts(keyFindings, ".omics-imp__therapies");
        var biomarkers = Texts(keyFindings, ".omics-imp__biomarker");
        var values = Texts(keyFindings, ".omics-bm__value");
        Assert.True(therapies.Count >= 2, $"the sample should show several therapies, not {therapies.Count}");
        Assert.Contains("14 mut/Mb", string.Join('|', values), StringComparison.Ordinal);

        var request = SampleReports.Request(omicsCase, report, SampleReports.Draft().Version) with { HiddenReasons = hidden };
        var pdf = await fixture.ExportAsync(request, "page1-agrees-with-screen");

        var page1 = Poppler.Flat(Poppler.PageTexts(pdf)[0]);
        Assert.All(therapies.Concat(biomarkers).Concat(values), text => Assert.Contains(text, page1, StringComparison.Ordinal));
        Assert.Contains($"Hidden by the pathologist: {HiddenReason}", page1, StringComparison.Ordinal);
        // Folded on screen, not unfoldable on paper: the toggle word is never printed (the details section answers "why?").
        Assert.DoesNotContain("Why?", page1, StringComparison.Ordinal);
        // Every dose instruction of the report is on page 1 itself.
        Assert.All(report.Implications.Select(i => i.DoseAdjustment).OfType<string>(), dose => Assert.Contains(Poppler.Flat(dose), page1, StringComparison.Ordinal));
    }

    private static List<string> Texts(IRenderedComponent<KeyFindings> rendered, string selector) =>
        rendered.FindAll(selector).Select(e => Poppler.Flat(e.TextContent).Trim()).Where(t => t.Length > 0).ToList();

    /// <summary>A melanoma with BRAF V600E and a high TMB, distilled by the shipped knowledge base.</summary>
    internal static (OmicsCase Case, OmicsReport Report) DistilledMelanoma()
    {
        var (knowledge, problems) = KnowledgeFolder.Load(DistilledReportPdfTests.ShippedKnowledgeFolder());
        Assert.True(knowledge is not null, string.Join('\n', problems));
        var braf = new SmallVariant
        {
            Gene = "BRAF",
            Protein = new ProteinChange(ProteinChangeKind.Substitution, "V", 600, 600, "E", "V600E"),
            Consequence = VariantConsequence.Missense,
            Vaf = 0.41,
            Source = new SourceLocation("sample.maf", 12),
        };
        var omicsCase = SampleReports.Case() with
        {
            Variants = [braf],
            Tmb = new TumorMutationalBurden { MutationsPerMegabase = 14, Source = new SourceLocation("tmb.tsv", 2) },
        };
        return (omicsCase, knowledge.CreateDistiller().Distill(omicsCase));
    }
}
