using Bunit;
using OmicsReports.Reporting.Board;
using OmicsReports.Reporting.Tests.Pdf;

namespace OmicsReports.Reporting.Tests.Board;

/// <summary>
/// "NOT FINAL" on the minutes (body banner and every page's header) appears only while a recorded decision is
/// preliminary; a case without a decision is said once, in words, and does not mark final decisions as provisional.
/// </summary>
public class BoardMinutesMarkTests : BunitContext
{
    private static readonly DateTimeOffset MeetingAt = new(2026, 11, 24, 16, 0, 0, TimeSpan.Zero);

    public static TheoryData<bool?, bool?, bool, string?> Decisions => new()
    {
        // first case, second case (null: no decision), expected "NOT FINAL", expected note on undecided cases
        { true, true, false, null },
        { true, null, false, "No decision was recorded for 1 case." },
        { null, null, false, "No decision was recorded for 2 cases." },
        { true, false, true, null },
        { false, null, true, "No decision was recorded for 1 case." },
    };

    [Theory]
    [MemberData(nameof(Decisions))]
    public void NotFinal_OnlyWhileADecisionIsPreliminary(bool? first, bool? second, bool notFinal, string? undecidedNote)
    {
        var minutes = Minutes(first, second);

        var document = Render<BoardMinutesDocument>(p => p.Add(d => d.Minutes, minutes).Add(d => d.Title, "Minutes").Add(d => d.Stylesheet, string.Empty));
        var header = Render<BoardMinutesHeader>(p => p.Add(h => h.Minutes, minutes));

        Assert.Equal(notFinal, minutes.Preliminary);
        Assert.Equal(notFinal, document.Markup.Contains("NOT FINAL", StringComparison.Ordinal));
        Assert.Equal(notFinal, header.Markup.Contains("NOT FINAL", StringComparison.Ordinal));
        Assert.Equal(undecidedNote is not null, document.Markup.Contains("No decision was recorded for", StringComparison.Ordinal));
        if (undecidedNote is not null)
        {
            Assert.Contains(undecidedNote, document.Markup, StringComparison.Ordinal);
        }
    }

    private static BoardMinutes Minutes(bool? first, bool? second) => new()
    {
        MeetingId = Guid.NewGuid(),
        BoardName = "Melanoma board",
        ScheduledAt = MeetingAt,
        PresenterName = "Dr. Present Oncologist",
        Attendees = [],
        Cases = [Case(1, first), Case(2, second)],
        GeneratedAt = SampleReports.GeneratedAt,
        GeneratedBy = "pathologist@test.example",
    };

    private static MinutesCase Case(int number, bool? final)
    {
        var slide = BoardFixtures.Slide(deIdentified: true, caseNumber: number);
        return new MinutesCase
        {
            CaseNumber = number,
            Title = slide.Title,
            VersionText = slide.VersionText,
            Case = slide.Case,
            Report = slide.Report,
            Decision = final is { } isFinal
                ? new MinutesDecision(isFinal, ["Re-biopsy"], "Tissue exhausted.", 1, "Dr. A", MeetingAt, isFinal ? "Dr. A" : null, isFinal ? MeetingAt : null)
                : null,
        };
    }
}
