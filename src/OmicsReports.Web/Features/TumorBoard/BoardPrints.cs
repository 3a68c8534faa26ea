using OmicsReports.Data.Boards;
using OmicsReports.Reporting.Board;
using OmicsReports.Web.Features.Report;

namespace OmicsReports.Web.Features.TumorBoard;

/// <summary>Maps the stored meeting onto the print models of the minutes and the packet.</summary>
internal static class BoardPrints
{
    public static BoardMinutes Minutes(
        MeetingView meeting, IReadOnlyList<(AgendaItemView Item, BoardCaseContent Content)> cases, string generatedBy, DateTimeOffset now) => new()
    {
        MeetingId = meeting.Id,
        BoardName = meeting.BoardName,
        ScheduledAt = meeting.ScheduledAt,
        DurationMinutes = meeting.DurationMinutes,
        Location = meeting.Location,
        PresenterName = meeting.PresenterName,
        DeIdentified = meeting.DeIdentified,
        Attendees = meeting.Attendees.Select(a => new MinutesAttendee(a.DisplayName, a.Role, a.Invited, a.FirstJoinedAt)).ToList(),
        Cases = cases.Select(c => new MinutesCase
        {
            CaseNumber = c.Item.CaseNumber,
            Title = c.Content.Slide.Title,
            Identifiers = c.Content.Slide.Identifiers,
            VersionText = c.Content.Slide.VersionText,
            Question = c.Content.Slide.Question,
            Case = c.Content.Slide.Case,
            Report = c.Content.Slide.Report,
            Decision = c.Item.Decision is { } d
                ? new MinutesDecision(d.IsFinal, d.Actions, d.Rationale, d.ReportVersion, d.RecordedByName, d.RecordedAt, d.FinalizedByName, d.FinalizedAt)
                : null,
        }).ToList(),
        GeneratedAt = now,
        GeneratedBy = generatedBy,
    };

    public static BoardPacket Packet(MeetingView meeting, IReadOnlyList<(AgendaItemView Item, BoardCaseContent Content)> cases, DateTimeOffset now) =>
        new(meeting.Id, meeting.BoardName, meeting.ScheduledAt,
            cases.Select(c => new BoardPacketReport(
                // The slide's snapshots and hidden reasons, which are de-identified when the meeting is.
                ReportPrints.Request(c.Content.View, now) with
                {
                    Report = c.Content.Slide.Report, Case = c.Content.Slide.Case, HiddenReasons = c.Content.Slide.HiddenReasons,
                    InterpretiveComment = c.Content.InterpretiveComment,
                },
                $"{c.Content.Slide.Title} (report version {c.Item.Version})")).ToList(),
            now);
}
