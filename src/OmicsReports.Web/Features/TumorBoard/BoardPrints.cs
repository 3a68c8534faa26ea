using OmicsReports.Data.Boards;
using OmicsReports.Data.Reports;
using OmicsReports.Reporting.Board;
using OmicsReports.Reporting.Print;

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
            cases.Select(c => new BoardPacketReport(Request(c.Content, now), $"{c.Content.Slide.Title} (report version {c.Item.Version})")).ToList(),
            now);

    /// <summary>The print request of one case's report, as the packet prints it (de-identified content included).</summary>
    private static PrintRequest Request(BoardCaseContent content, DateTimeOffset now)
    {
        var view = content.View;
        var signed = view.Status.IsSigned() && view.Summary.SignedAt is { } at
            ? new PrintSigning(view.Summary.SignedByName ?? "not recorded", at, view.AttestationStatement ?? string.Empty)
            : null;
        var version = new PrintVersion
        {
            // The case's identifier until the viewer's PDF export settles on one: stable across versions, not a patient identifier.
            ReportId = "R-" + view.CaseId.ToString("N")[..8].ToUpperInvariant(),
            Version = view.Version,
            Signature = signed,
            AmendmentReason = view.Summary.AmendsVersion is null ? null : view.Summary.AmendmentReason ?? "not recorded",
        };
        return new PrintRequest(content.Slide.Report, content.Slide.Case, version, now);
    }
}
