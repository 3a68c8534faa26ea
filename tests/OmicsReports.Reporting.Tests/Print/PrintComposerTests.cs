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
        var request = SampleReports.Draft();
        var linked = SampleReports.Braf() with
        {
            References = [new OmicsReports.Domain.Reports.Reference("pmid", "21639808", "Chapman et al. 2011", "https://pubmed.ncbi.nlm.nih.gov/21639808/")],
        };
        var html = await Composer.ComposeAsync(request with { Report = request.Report with { Implications = [linked] } }, "t");

        var document = new HtmlParser().ParseDocument(html.Document);
        // Nothing to load or follow: references are printed as text (numbered in the references section).
        Assert.Empty(document.QuerySelectorAll("[src], link, script, iframe, object, [href]"));
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
    public async Task Compose_PharmacogenomicsNotAssessed_IsNamedNotTestedOnPage1NotLeftOut()
    {
        var request = SampleReports.Draft();
        var untested = request with
        {
            Case = request.Case with { Profiling = new Profiling([new LayerCoverage(Layer.SmallVariants, "PANEL-A", null)]) },
            Report = request.Report with { Implications = [SampleReports.Braf()] },
        };

        var tested = Parse(await Composer.ComposeAsync(request with { Report = untested.Report }, "t"));
        var notTested = Parse(await Composer.ComposeAsync(untested, "t"));

        static string NotTestedOnPage1(AngleSharp.Dom.IDocument d) => d.QuerySelector(".omics-kf section[aria-labelledby=kf-not-tested]")!.TextContent;
        Assert.Contains("Pharmacogenomics", NotTestedOnPage1(notTested), StringComparison.Ordinal);
        Assert.DoesNotContain("Pharmacogenomics", NotTestedOnPage1(tested), StringComparison.Ordinal);
        Assert.Null(notTested.QuerySelector("#kf-pgx"));
        Assert.Contains("Not tested in this case: Copy number", notTested.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compose_Page1_IsTheScreensKeyFindingsWithoutScreenControls()
    {
        var document = Parse(await Composer.ComposeAsync(SampleReports.Draft(), "t"));

        var summary = document.QuerySelector("section[aria-labelledby=print-summary]")!;
        var keyFindings = summary.QuerySelector("section.omics-kf")!;
        Assert.Equal(["BRAF V600E", "DPYD activity score 1.0"], keyFindings.QuerySelectorAll(".omics-imp__biomarker").Select(e => e.TextContent));
        Assert.Equal(["14 mut/Mb", "MSS", "not tested"], keyFindings.QuerySelectorAll(".omics-bm__value").Select(e => e.TextContent));
        Assert.Empty(summary.QuerySelectorAll(".omics-imp__actions, button, input, [open]"));
        Assert.Empty(summary.QuerySelectorAll("table"));
    }

    [Fact]
    public async Task Compose_HiddenImplication_PrintsApartWithItsReasonOnPage1AndInTheDetails()
    {
        var request = SampleReports.Draft() with { HiddenReasons = new Dictionary<int, string> { [0] = "Likely germline; confirm first" } };

        var document = Parse(await Composer.ComposeAsync(request, "t"));

        var keyFindings = document.QuerySelector("section.omics-kf")!;
        Assert.Null(keyFindings.QuerySelector("section[aria-labelledby=kf-therapies] .omics-imp"));
        var hidden = keyFindings.QuerySelector("section.omics-kf__hidden")!;
        Assert.Equal("BRAF V600E", hidden.QuerySelector(".omics-imp__biomarker")!.TextContent);
        Assert.Contains("Hidden by the pathologist: Likely germline; confirm first", hidden.TextContent, StringComparison.Ordinal);
        var details = document.QuerySelector("section[aria-labelledby=print-details]")!;
        Assert.Equal(["Hidden by the pathologist: Likely germline; confirm first"], details.QuerySelectorAll(".print-hidden").Select(e => e.TextContent.Trim()));
    }

    [Fact]
    public async Task Compose_DoseAlertsThatDifferByDrug_PrintEachDrugsInstructionOnPage1_NeverSeeWhy()
    {
        var request = SampleReports.Draft();
        OmicsReports.Domain.Reports.Implication Ugt1a1(string drug, string dose) => SampleReports.Braf() with
        {
            Kind = OmicsReports.Domain.Reports.ImplicationKind.Pharmacogenomic, Biomarker = "UGT1A1 *28/*28", Therapies = [drug],
            Direction = OmicsReports.Domain.Reports.Direction.ReduceDose, DoseAdjustment = dose,
        };
        var alerts = request with { Report = request.Report with { Implications = [Ugt1a1("irinotecan", "Start at 70% of the dose"), Ugt1a1("belinostat", "Start at 750 mg/m2")] } };

        var html = await Composer.ComposeAsync(alerts, "t");
        var document = Parse(html);

        var doses = document.QuerySelectorAll("section[aria-labelledby=kf-pgx] .omics-imp__dose").Select(e => e.TextContent.Trim()).ToList();
        Assert.Equal(["irinotecan: Start at 70% of the dose", "belinostat: Start at 750 mg/m2"], doses);
        Assert.Equal("2 drugs:", document.QuerySelector("section[aria-labelledby=kf-pgx] .omics-opts__count")!.TextContent);
        Assert.DoesNotContain("Why?", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compose_TrialHook_IsPrintedBelowTheKeyFindings()
    {
        var request = SampleReports.Draft();
        var trial = new OmicsReports.Domain.Reports.Reference("trial", "NCT00000001", "A basket trial");
        var withTrial = request with { Report = request.Report with { Implications = [SampleReports.Braf() with { References = [trial] }] } };

        var document = Parse(await Composer.ComposeAsync(withTrial, "t"));

        var hooks = document.QuerySelector("section.omics-kf + section.print-trials")!;
        Assert.Contains("NCT00000001: A basket trial", hooks.TextContent, StringComparison.Ordinal);
        Assert.Null(Parse(await Composer.ComposeAsync(request, "t")).QuerySelector(".print-trials"));
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
        Assert.Contains(".omics-kf__grid", css, StringComparison.Ordinal);
        Assert.Contains(".print-watermark", css, StringComparison.Ordinal);
        Assert.Contains("local(\"Noto Sans Regular\")", css, StringComparison.Ordinal);
        // print.css comes after report.css, so that its paper overrides win at equal specificity.
        Assert.True(css.IndexOf(".omics-kf__grid", StringComparison.Ordinal) < css.IndexOf(".print-watermark", StringComparison.Ordinal));
        // The CSP allows inline styles and data: fonts and images only: nothing in the stylesheet may fetch.
        Assert.DoesNotMatch(@"url\(\s*['""]?(?!data:)", css);
        Assert.DoesNotContain("@import", css, StringComparison.Ordinal);
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

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(PrintedHtml html) => new HtmlParser().ParseDocument(html.Document);

    [Fact]
    public void Stylesheet_InlineFonts_EmbedsTheFontFilesAsDataUrls()
    {
        var css = PrintStylesheet.Build(FontEmbedding.Inline);

        Assert.Equal(PrintFonts.Faces.Count, css.Split("url(data:font/ttf;base64,").Length - 1);
        Assert.DoesNotContain("local(", css, StringComparison.Ordinal);
    }
}
