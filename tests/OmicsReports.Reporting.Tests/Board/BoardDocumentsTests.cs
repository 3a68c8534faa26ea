using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OmicsReports.Reporting.Board;
using OmicsReports.Reporting.Print;
using OmicsReports.Reporting.Tests.Pdf;

namespace OmicsReports.Reporting.Tests.Board;

/// <summary>The meeting's minutes and packet printed by real Chromium and read back with poppler.</summary>
[Collection(ChromiumCollection.Name)]
public class BoardDocumentsTests(PdfExporterFixture fixture)
{
    private static readonly DateTimeOffset MeetingAt = new(2026, 11, 24, 16, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Minutes_ListAttendanceFindingsAndEachDecision()
    {
        var pdf = await SaveAsync(await Documents().MinutesAsync(Minutes(deIdentified: false)), "minutes");

        var text = Poppler.Flat(string.Join("\n", Poppler.PageTexts(pdf)));
        Assert.Contains("Tumour board minutes", text, StringComparison.Ordinal);
        Assert.Contains("Melanoma board", text, StringComparison.Ordinal);
        Assert.Contains("2026-11-24 16:00 UTC", text, StringComparison.Ordinal);
        Assert.Contains("Dr. Present Oncologist", text, StringComparison.Ordinal);
        Assert.Contains($"Case 1 · {SampleReports.PatientFamily}, {SampleReports.PatientGiven}", text, StringComparison.Ordinal);
        Assert.Contains("Recommended therapy: vemurafenib (BRAF V600E, tier IA)", text, StringComparison.Ordinal);
        Assert.Contains("Rationale: Tier IA in this tumour type; no contraindication.", text, StringComparison.Ordinal);
        Assert.Contains("Refer for genetic counselling", text, StringComparison.Ordinal);
        Assert.Contains("Reduce the starting dose by 50%", text, StringComparison.Ordinal);
        Assert.Contains("No decision recorded.", text, StringComparison.Ordinal);
        Assert.Contains("No decision was recorded for 1 case.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("NOT FINAL", text, StringComparison.Ordinal); // one final decision, one case undecided: nothing is preliminary
        Assert.Equal("Tumour board minutes: Melanoma board, 2026-11-24", Poppler.Info(pdf)["Title"]);
    }

    [Fact]
    public async Task Minutes_OfADeIdentifiedMeeting_NameNoPatient()
    {
        var pdf = await SaveAsync(await Documents().MinutesAsync(Minutes(deIdentified: true)), "minutes-deidentified");

        var text = string.Join("\n", Poppler.PageTexts(pdf));
        foreach (var identifier in BoardFixtures.Identifiers)
        {
            Assert.DoesNotContain(identifier, text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("Case 1 · Å.M.", text, StringComparison.Ordinal);
        Assert.Contains("De-identified meeting", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Packet_JoinsTheReportsPageForPage_WithABookmarkPerCase()
    {
        var draft = await fixture.Exporter.ExportAsync(SampleReports.Draft(vusCount: 3));
        var final = await fixture.Exporter.ExportAsync(SampleReports.Final());
        var packet = new BoardPacket(Guid.NewGuid(), "Melanoma board", MeetingAt,
            [new BoardPacketReport(SampleReports.Draft(vusCount: 3), "Case 1 · draft"), new BoardPacketReport(SampleReports.Final(), "Case 2 · final")],
            SampleReports.GeneratedAt);

        var pdf = await SaveAsync(await Documents().PacketAsync(packet), "packet");

        var draftPages = Poppler.PageTexts(await SaveAsync(draft, "packet-part-1")).Count;
        var finalPages = Poppler.PageTexts(await SaveAsync(final, "packet-part-2")).Count;
        var info = Poppler.Info(pdf);
        Assert.Equal((draftPages + finalPages).ToString(System.Globalization.CultureInfo.InvariantCulture), info["Pages"]);
        Assert.Equal("Tumour board packet: Melanoma board, 2026-11-24", info["Title"]);
        var pages = Poppler.PageTexts(pdf);
        Assert.All(pages, page => Assert.Contains($"MRN {SampleReports.Mrn}", page, StringComparison.Ordinal));
        Assert.All(pages.Take(draftPages), page => Assert.Contains(PrintFormat.DraftMark, page, StringComparison.Ordinal));
        Assert.All(pages.Skip(draftPages), page => Assert.DoesNotContain(PrintFormat.DraftMark, page, StringComparison.Ordinal));
        Assert.Contains($"Page 1 of {finalPages}", pages[draftPages], StringComparison.Ordinal);
        var outline = Poppler.OutlineXml(pdf);
        Assert.Contains("Case 1 · draft", outline, StringComparison.Ordinal);
        Assert.Contains("Case 2 · final", outline, StringComparison.Ordinal);
        Assert.All(Poppler.Fonts(pdf), font => Assert.True(font.Embedded, $"{font.Name} is not embedded"));
    }

    private BoardDocuments Documents()
    {
        var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        return new BoardDocuments(fixture.Exporter, services, services.GetRequiredService<ILoggerFactory>());
    }

    private async Task<string> SaveAsync(Reporting.Pdf.PdfFile file, string name)
    {
        var path = Path.Combine(fixture.Folder, name + ".pdf");
        await File.WriteAllBytesAsync(path, file.Content);
        return path;
    }

    private static BoardMinutes Minutes(bool deIdentified)
    {
        var first = BoardFixtures.Slide(deIdentified, caseNumber: 1);
        var second = BoardFixtures.Slide(deIdentified, caseNumber: 2);
        return new BoardMinutes
        {
            MeetingId = Guid.NewGuid(),
            BoardName = "Melanoma board",
            ScheduledAt = MeetingAt,
            DurationMinutes = 60,
            Location = "Room 4",
            PresenterName = "Dr. Present Oncologist",
            DeIdentified = deIdentified,
            Attendees = [new MinutesAttendee("Dr. Present Oncologist", "Oncologist", true, MeetingAt), new MinutesAttendee("Dr. Absent", "Pathologist", true, null)],
            Cases =
            [
                Case(first, 1, new MinutesDecision(true, ["Recommended therapy: vemurafenib (BRAF V600E, tier IA)", "Refer for genetic counselling"],
                    "Tier IA in this tumour type; no contraindication.", 1, "Dr. Present Oncologist", MeetingAt.AddMinutes(10), "Dr. Present Oncologist", MeetingAt.AddMinutes(12))),
                Case(second, 2, null),
            ],
            GeneratedAt = SampleReports.GeneratedAt,
            GeneratedBy = "pathologist@test.example",
        };
    }

    private static MinutesCase Case(BoardSlide slide, int number, MinutesDecision? decision) => new()
    {
        CaseNumber = number,
        Title = slide.Title,
        Identifiers = slide.Identifiers,
        VersionText = slide.VersionText,
        Question = slide.Question,
        Case = slide.Case,
        Report = slide.Report,
        Decision = decision,
    };
}
