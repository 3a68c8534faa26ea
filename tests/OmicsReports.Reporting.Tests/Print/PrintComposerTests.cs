using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OmicsReports.Domain.Cases;
using OmicsReports.Reporting.Print;
using OmicsReports.Reporting.Tests.Pdf;

namespace OmicsReports.Reporting.Tests.Print;

/// <summary>The HTML handed to Chromium, checked without a browser.</summary>
public class PrintComposerTests
{
    private static readonly PrintComposer Composer = new(new ServiceCollection().BuildServiceProvider(), NullLoggerFactory.Instance, FontEmbedding.System);

    [Fact]
    public async Task Compose_PatientNameWithMarkup_IsEscapedInDocumentAndHeader()
    {
        var request = SampleReports.Draft();
        var hostile = request with { Case = request.Case with { Patient = request.Case.Patient with { FamilyName = "<img src=http://x.test/a>" } } };

        var html = await Composer.ComposeAsync(hostile, "t");

        Assert.DoesNotContain("<img", html.Document, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html.HeaderTemplate, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;IMG SRC=HTTP://X.TEST/A&gt;", html.HeaderTemplate, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compose_Document_ReferencesNothingOutsideItself()
    {
        var html = await Composer.ComposeAsync(SampleReports.Draft(), "t");

        var document = new HtmlParser().ParseDocument(html.Document);
        Assert.Empty(document.QuerySelectorAll("[src], [href], link, script, iframe, object"));
        Assert.DoesNotContain("url(http", html.Document, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html.Document, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("default-src 'none'", document.QuerySelector("meta[http-equiv=Content-Security-Policy]")?.GetAttribute("content"), StringComparison.Ordinal);
        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Compose_Draft_HasWatermarkBannerAndHeaderMark()
    {
        var html = await Composer.ComposeAsync(SampleReports.Draft(), "t");

        var document = new HtmlParser().ParseDocument(html.Document);
        Assert.Contains("url(data:image/png;base64,", document.QuerySelector(".print-watermark")?.GetAttribute("style"), StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector(".print-banner--draft"));
        Assert.Contains(PrintFormat.DraftMark, new HtmlParser().ParseDocument(html.HeaderTemplate).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compose_Final_HasNoDraftMarkAnywhere()
    {
        var html = await Composer.ComposeAsync(SampleReports.Final(), "t");

        Assert.DoesNotContain("DRAFT", html.Document, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"print-watermark\"", html.Document, StringComparison.Ordinal);
        Assert.DoesNotContain("DRAFT", html.HeaderTemplate + html.FooterTemplate, StringComparison.Ordinal);
        Assert.Contains("FINAL (signed)", html.FooterTemplate, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compose_Footer_CarriesChromiumPageCounters()
    {
        var html = await Composer.ComposeAsync(SampleReports.Draft(), "t");

        var footer = new HtmlParser().ParseDocument(html.FooterTemplate);
        Assert.NotNull(footer.QuerySelector(".pageNumber"));
        Assert.NotNull(footer.QuerySelector(".totalPages"));
    }

    [Fact]
    public async Task Compose_PharmacogenomicsNotAssessed_SaysNotTestedRatherThanNoAlert()
    {
        var request = SampleReports.Draft();
        var untested = request with
        {
            Case = request.Case with { Profiling = new Profiling([new LayerCoverage(Layer.SmallVariants, "PANEL-A", null)]) },
            Report = request.Report with { Implications = [SampleReports.Braf()] },
        };

        var tested = await Composer.ComposeAsync(request with { Report = untested.Report }, "t");
        var notTested = await Composer.ComposeAsync(untested, "t");

        Assert.Contains("Pharmacogenomics was not tested.", notTested.Document, StringComparison.Ordinal);
        Assert.DoesNotContain("No pharmacogenomic alert.", notTested.Document, StringComparison.Ordinal);
        Assert.Contains("No pharmacogenomic alert.", tested.Document, StringComparison.Ordinal);
        Assert.Contains("Not tested in this case: Copy number", notTested.Document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compose_References_AreNumberedInOrderOfFirstCitation()
    {
        var html = await Composer.ComposeAsync(SampleReports.Draft(), "t");

        var document = new HtmlParser().ParseDocument(html.Document);
        var cited = document.QuerySelectorAll("sup.print-ref").Select(s => s.TextContent).ToList();
        var listed = document.QuerySelectorAll(".print-references li").Select(li => li.TextContent).ToList();
        Assert.Equal(["[1]", "[2]", "[3]"], cited);
        Assert.Contains("Zelboraf", listed[0], StringComparison.Ordinal);
        Assert.Contains("29152729", listed[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compose_Stylesheet_InlinesTokensPrintRulesAndFontFaces()
    {
        var html = await Composer.ComposeAsync(SampleReports.Draft(), "t");

        var css = new HtmlParser().ParseDocument(html.Document).QuerySelector("style")!.TextContent;
        Assert.Contains("--omics-tier-ia", css, StringComparison.Ordinal);
        Assert.Contains(".print-watermark", css, StringComparison.Ordinal);
        Assert.Contains("local(\"Noto Sans Regular\")", css, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compose_OtherFindingsNotAppliedRulesAndConflicts_AreShownInTheDetails()
    {
        var request = SampleReports.Draft();
        var report = request.Report with
        {
            Implications = [SampleReports.Braf() with { Conflicts = ["Another implication advises against this drug."] }],
            OtherFindings = [new OmicsReports.Domain.Reports.NotableFinding("TP53", "TP53 R175H", "hotspot in a tumour suppressor", "sample.maf:20")],
            NotApplied = [new OmicsReports.Domain.Reports.NotApplied("rule-x", "BRAF V600E", ["drug-y"], "colorectal cancer is excluded from the rule's scope")],
        };

        var html = await Composer.ComposeAsync(request with { Report = report }, "t");

        var text = new HtmlParser().ParseDocument(html.Document).Body!.TextContent;
        Assert.Contains("Another implication advises against this drug.", text, StringComparison.Ordinal);
        Assert.Contains("TP53 R175H", text, StringComparison.Ordinal);
        Assert.Contains("colorectal cancer is excluded from the rule's scope", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Stylesheet_InlineFonts_EmbedsTheFontFilesAsDataUrls()
    {
        var css = PrintStylesheet.Build(FontEmbedding.Inline);

        Assert.Equal(PrintFonts.Faces.Count, css.Split("url(data:font/ttf;base64,").Length - 1);
        Assert.DoesNotContain("local(", css, StringComparison.Ordinal);
    }
}
