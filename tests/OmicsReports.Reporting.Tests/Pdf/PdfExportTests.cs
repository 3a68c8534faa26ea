using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Domain.Knowledge;
using OmicsReports.Reporting.Components;
using OmicsReports.Reporting.Pdf;
using OmicsReports.Reporting.Print;

namespace OmicsReports.Reporting.Tests.Pdf;

/// <summary>Real Chromium prints the report; poppler reads it back as a PDF reader in the EHR would.</summary>
[Collection(ChromiumCollection.Name)]
public class PdfExportTests(PdfExporterFixture fixture)
{
    private const string Name = "MÜLLER-ŁUKASIEWICZ, Åsa";

    [Fact]
    public async Task Export_TypicalDraft_PrintsThreePagesEachIdentifyingThePatientAndVersion()
    {
        var pdf = await fixture.ExportAsync(SampleReports.Draft(), "typical-draft");

        var pages = Poppler.PageTexts(pdf);
        Assert.Equal("3", Poppler.Info(pdf)["Pages"]);
        Assert.Equal(3, pages.Count);
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            Assert.Contains(Name, page, StringComparison.Ordinal);
            Assert.Contains($"MRN {SampleReports.Mrn}", page, StringComparison.Ordinal);
            Assert.Contains($"DOB {SampleReports.BirthDate}", page, StringComparison.Ordinal);
            Assert.Contains($"Sample {SampleReports.SampleId}", page, StringComparison.Ordinal);
            Assert.Contains($"Report {SampleReports.ReportId} v1", page, StringComparison.Ordinal);
            Assert.Contains($"Page {i + 1} of 3", page, StringComparison.Ordinal);
            Assert.Contains("Status DRAFT (unsigned)", page, StringComparison.Ordinal);
            Assert.Contains($"Knowledge base {SampleReports.KnowledgeBaseVersion}", page, StringComparison.Ordinal);
            Assert.Contains("Generated 2026-11-21 09:30 UTC", page, StringComparison.Ordinal);
            Assert.Contains(PrintFormat.DraftMark, page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Export_Draft_StampsOneWatermarkImageOnEveryPage()
    {
        var draft = await fixture.ExportAsync(SampleReports.Draft(), "watermark-draft");
        var final = await fixture.ExportAsync(SampleReports.Final(), "watermark-final");

        var images = Poppler.Images(draft);
        Assert.Equal([1, 2, 3], images.Select(i => i.Page));
        Assert.Single(images.Select(i => i.Object).Distinct());
        Assert.Empty(Poppler.Images(final));
    }

    [Fact]
    public async Task DraftMarkImage_StillMatchesItsSource()
    {
        var (playwright, browser) = await OmicsReports.Testing.Chromium.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var drawn = DraftMarkRenderer.Size(await DraftMarkRenderer.RenderAsync(browser));
            var kept = DraftMarkRenderer.Size(PrintWatermark.Image);

            // Same words, same fonts: the same size within rounding. If not, regenerate it (docs/pdf.md).
            Assert.InRange(kept.Width, drawn.Width * 0.98, drawn.Width * 1.02);
            Assert.InRange(kept.Height, drawn.Height * 0.98, drawn.Height * 1.02);
        }
    }

    [Fact]
    public async Task Export_RenderedPages_ShowTheDraftMarkOnlyOnDrafts()
    {
        var draft = await fixture.ExportAsync(SampleReports.Draft(), "pixels-draft");
        var final = await fixture.ExportAsync(SampleReports.Final(), "pixels-final");

        // The watermark is the only faint red on the page: count pinkish pixels (red well above green and blue).
        static int Pink(string pdf, int page)
        {
            var (_, _, rgb) = Poppler.RenderPage(pdf, page);
            var count = 0;
            for (var i = 0; i < rgb.Length; i += 3)
            {
                count += rgb[i] > 200 && rgb[i] - rgb[i + 1] > 15 && rgb[i] - rgb[i + 2] > 15 && rgb[i + 1] > 150 ? 1 : 0;
            }

            return count;
        }

        Assert.All([1, 2, 3], page => Assert.True(Pink(draft, page) > 200, $"page {page} of the draft shows no watermark"));
        Assert.All([1, 2, 3], page => Assert.True(Pink(final, page) < 20, $"page {page} of the final report looks pink"));
    }

    [Fact]
    public async Task Export_Page1_LeadsWithTheTierOneTherapyInThisTumourType()
    {
        var pdf = await fixture.ExportAsync(SampleReports.Draft(), "page1");

        var page1 = Poppler.Flat(Poppler.PageTexts(pdf)[0]);
        var therapies = page1.IndexOf("Therapies", StringComparison.Ordinal);
        // The tier heading is set in capitals (text-transform), which pdftotext reads back as capitals.
        var tier = page1.IndexOf(TierBadge.Description(EvidenceTier.IA), StringComparison.OrdinalIgnoreCase);
        var therapy = page1.IndexOf(SampleReports.TierOneTherapy, StringComparison.Ordinal);
        var dose = page1.IndexOf("Pharmacogenomic dose alerts", StringComparison.Ordinal);
        Assert.True(therapies >= 0 && tier > therapies && therapy > tier && dose > therapy, $"Tier I therapy not first under Therapies on page 1:\n{page1}");
        Assert.Contains("BRAF V600E", page1, StringComparison.Ordinal);
        Assert.Contains("Reduce the starting dose by 50%", page1, StringComparison.Ordinal);
        Assert.Contains("PD-L1 not tested", page1, StringComparison.Ordinal);
        Assert.Contains("NRAS", page1, StringComparison.Ordinal);
        Assert.Contains("Copy number", page1, StringComparison.Ordinal);
        Assert.Contains("DNA concentration 1.8 ng/µL", page1, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_Signed_CarriesSignatureBlockAndNoDraftMark()
    {
        var pdf = await fixture.ExportAsync(SampleReports.Final(), "signed");

        var pages = Poppler.PageTexts(pdf);
        Assert.All(pages, page => Assert.DoesNotContain("DRAFT", page, StringComparison.Ordinal));
        Assert.All(pages, page => Assert.Contains("Status FINAL (signed)", page, StringComparison.Ordinal));
        var last = pages[^1];
        Assert.Contains($"Electronically signed by {SampleReports.Pathologist} on 2026-11-21 08:45 UTC", last, StringComparison.Ordinal);
        Assert.Contains("approve its release", last, StringComparison.Ordinal);
        Assert.Equal(SampleReports.Pathologist, Poppler.Info(pdf)["Author"]);
    }

    [Fact]
    public async Task Export_Amended_SaysAmendedWithTheReasonOnEveryPage()
    {
        const string reason = "TMB corrected after re-analysis";
        var pdf = await fixture.ExportAsync(SampleReports.Amended(reason), "amended");

        var pages = Poppler.PageTexts(pdf);
        Assert.All(pages, page => Assert.Contains($"AMENDED: {reason}", page, StringComparison.Ordinal));
        Assert.All(pages, page => Assert.Contains("Status AMENDED (signed)", page, StringComparison.Ordinal));
        Assert.Contains($"Version 2 replaces version 1. Reason: {reason}", pages[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_UnicodeText_IsPrintedWithEmbeddedFonts()
    {
        var pdf = await fixture.ExportAsync(SampleReports.Draft(), "unicode");

        var text = string.Join('\n', Poppler.PageTexts(pdf));
        Assert.Contains("Müller-Łukasiewicz", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Åsa", text, StringComparison.Ordinal);
        Assert.Contains("1.8 ng/µL", text, StringComparison.Ordinal);
        Assert.Contains("≥ 10 mut/Mb", text, StringComparison.Ordinal);
        var fonts = Poppler.Fonts(pdf);
        Assert.All(fonts, f => Assert.True(f.Embedded, $"font {f.Name} is not embedded"));
        Assert.Contains(fonts, f => f.Name.EndsWith("+NotoSans-Regular", StringComparison.Ordinal));
        Assert.Contains(fonts, f => f.Name.EndsWith("+NotoSans-Bold", StringComparison.Ordinal));
        Assert.Contains(fonts, f => f.Name.EndsWith("+DejaVuSans", StringComparison.Ordinal));
        Assert.DoesNotContain(fonts, f => f.Type.StartsWith("Type 3", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_Properties_HaveMetadataTaggingOutlineAndFileName()
    {
        var file = await fixture.Exporter.ExportAsync(SampleReports.Draft());
        var pdf = Path.Combine(fixture.Folder, file.FileName);
        await File.WriteAllBytesAsync(pdf, file.Content);

        var info = Poppler.Info(pdf);
        Assert.Equal($"{SampleReports.Mrn}_{SampleReports.SampleId}_{SampleReports.ReportId}_v1.pdf", file.FileName);
        Assert.Equal($"Molecular tumour report {SampleReports.ReportId} v1", info["Title"]);
        Assert.Equal("OmicsReports", info["Author"]);
        Assert.Contains(SampleReports.SampleId, info["Subject"], StringComparison.Ordinal);
        Assert.Contains($"report {SampleReports.ReportId}", info["Keywords"], StringComparison.Ordinal);
        Assert.Equal("yes", info["Tagged"]);
        Assert.StartsWith("595", info["Page size"], StringComparison.Ordinal);
        var outline = Poppler.OutlineXml(pdf);
        Assert.Contains("Summary of key findings", outline, StringComparison.Ordinal);
        Assert.Contains("Details by layer", outline, StringComparison.Ordinal);
        Assert.Contains("Sign-out", outline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_LetterPaperConfigured_PrintsUsLetterPages()
    {
        await using var services = PdfExporterFixture.Services(("PaperSize", "Letter"));
        var exporter = services.GetRequiredService<PdfExporter>();

        var pdf = await fixture.ExportAsync(SampleReports.Draft(), "letter", exporter);

        Assert.Equal("612 x 792 pts (letter)", Poppler.Info(pdf)["Page size"]);
    }

    [Fact]
    public async Task Export_ManyAtOnce_AllSucceedThroughTheBoundedPool()
    {
        var exports = Enumerable.Range(0, 8).Select(_ => fixture.Exporter.ExportAsync(SampleReports.Draft()));

        var files = await Task.WhenAll(exports);

        Assert.All(files, f => Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(f.Content, 0, 5), StringComparison.Ordinal));
        Assert.InRange(fixture.Exporter.Host.Current!.IdlePages, 1, fixture.Exporter.Options.MaxConcurrentExports);
    }
}
