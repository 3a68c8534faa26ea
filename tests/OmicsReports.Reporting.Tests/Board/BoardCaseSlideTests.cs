using Bunit;
using OmicsReports.Reporting.Board;
using OmicsReports.Reporting.Tests.Components;
using OmicsReports.Reporting.Tests.Pdf;

namespace OmicsReports.Reporting.Tests.Board;

public class BoardCaseSlideTests : MudComponentTests
{
    [Fact]
    public void DeIdentifiedSlide_MarkupHoldsNoNameMrnDateOfBirthOrSample()
    {
        var slide = Render<BoardCaseSlide>(p => p.Add(s => s.Slide, BoardFixtures.Slide(deIdentified: true)).Add(s => s.Details, true));

        foreach (var identifier in BoardFixtures.Identifiers)
        {
            Assert.DoesNotContain(identifier, slide.Markup, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal("Case 2 · Å.M.", slide.Find("h1").TextContent);
    }

    [Fact]
    public void IdentifiedSlide_NamesThePatientAndShowsTheIdentifiers()
    {
        var slide = Render<BoardCaseSlide>(p => p.Add(s => s.Slide, BoardFixtures.Slide(deIdentified: false)));

        Assert.Contains(SampleReports.PatientFamily, slide.Find("h1").TextContent, StringComparison.Ordinal);
        Assert.Contains($"MRN {SampleReports.Mrn}", slide.Find(".board-slide__ids").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Slide_LeadsWithTheQuestionThenTherapiesThenDoseAlerts()
    {
        var slide = Render<BoardCaseSlide>(p => p.Add(s => s.Slide, BoardFixtures.Slide(deIdentified: true)));

        var text = slide.Find("article").TextContent;
        var question = text.IndexOf("First-line systemic therapy?", StringComparison.Ordinal);
        var therapy = text.IndexOf(SampleReports.TierOneTherapy, StringComparison.Ordinal);
        var pgx = text.IndexOf("Pharmacogenomic dose alerts", StringComparison.Ordinal);
        Assert.True(question >= 0 && question < therapy && therapy < pgx, text);
        Assert.Equal("Case 1 of 3 on the agenda", slide.Find(".board-slide__position").TextContent);
    }

    [Fact]
    public void Details_OffHidesTheDrillDown_OnOpensItAndEveryWhy()
    {
        var closed = Render<BoardCaseSlide>(p => p.Add(s => s.Slide, BoardFixtures.Slide(deIdentified: true)));
        var open = Render<BoardCaseSlide>(p => p.Add(s => s.Slide, BoardFixtures.Slide(deIdentified: true)).Add(s => s.Details, true));

        Assert.Empty(closed.FindAll("#board-details-title"));
        Assert.All(closed.FindAll("button.omics-why__toggle"), b => Assert.Equal("false", b.GetAttribute("aria-expanded")));
        Assert.Single(open.FindAll("#board-details-title"));
        Assert.NotEmpty(open.FindAll("button.omics-why__toggle"));
        Assert.All(open.FindAll("button.omics-why__toggle"), b => Assert.Equal("true", b.GetAttribute("aria-expanded")));
        Assert.Contains("BRAF", open.Find("section[aria-labelledby=board-details-variants]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void UnsignedVersion_CarriesAWarning()
    {
        var slide = Render<BoardCaseSlide>(p => p.Add(s => s.Slide, BoardFixtures.Slide(deIdentified: true) with { IsSigned = false }));

        Assert.Contains("not signed", slide.Find("[role=note]").TextContent, StringComparison.Ordinal);
    }
}
