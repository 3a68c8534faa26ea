using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OmicsReports.Domain.Reports;
using OmicsReports.Reporting.Components;
using OmicsReports.Reporting.Print;
using OmicsReports.Reporting.Tests.Pdf;

namespace OmicsReports.Reporting.Tests.Components;

/// <summary>"Why?" on screen and in print shows how a value was derived and why a finding counts as oncogenic.</summary>
public class DerivedFindingTests : BunitContext
{
    private const string Derived = "Exon 14 splice donor (+1), from c.3028+1G>T on NM_000245.4 (MANE Select; the file names no transcript).";
    private const string Oncogenic = "Counts as oncogenic (homozygous deletion): homozygous deletion of BRCA2, a tumour suppressor gene; source: IntOGen.";

    private static Implication WithDerivation(Implication implication) => implication with
    {
        Matched = [new MatchedFinding("SmallVariants", "MET X1010_splice", "met.maf:2", []) { DerivedAs = [Derived, Oncogenic] }],
    };

    [Fact]
    public void Why_ShowsEachDerivationLineUnderTheFinding()
    {
        var card = Render<ImplicationCard>(p => p
            .Add(c => c.Implication, WithDerivation(ReportFixtures.Implication()))
            .Add(c => c.KnowledgeBaseVersion, "kb")
            .Add(c => c.Open, true));

        Assert.Equal([Derived, Oncogenic], card.FindAll(".omics-derived-as").Select(e => e.TextContent));
    }

    [Fact]
    public void Why_WithoutDerivation_ShowsNoDerivedLine()
    {
        var card = Render<ImplicationCard>(p => p
            .Add(c => c.Implication, ReportFixtures.Implication())
            .Add(c => c.KnowledgeBaseVersion, "kb")
            .Add(c => c.Open, true));

        Assert.Empty(card.FindAll(".omics-derived-as"));
    }

    [Fact]
    public async Task Print_ShowsTheDerivationBesideTheMatchedFinding()
    {
        var composer = new PrintComposer(new ServiceCollection().BuildServiceProvider(), NullLoggerFactory.Instance, FontEmbedding.System);
        var draft = SampleReports.Draft();
        var request = draft with { Report = draft.Report with { Implications = [WithDerivation(SampleReports.Braf()), SampleReports.Dpyd()] } };

        var html = await composer.ComposeAsync(request, "t");

        var text = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html.Document).Body!.TextContent;
        Assert.Contains(Derived, text, StringComparison.Ordinal);
        Assert.Contains(Oncogenic, text, StringComparison.Ordinal);
    }
}
