using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Identity;
using OmicsReports.Data.Reports;

namespace OmicsReports.Data.Boards;

/// <summary>
/// Who joined a meeting and which cases were shown to whom. Both are audited: a case shown at a board is a view of
/// the patient's report like any other.
/// </summary>
public sealed class BoardAttendance(
    IDbContextFactory<OmicsDbContext> contexts, IAuthorizationService authorization, AuditTrail audit, TimeProvider clock)
{
    /// <summary>Marks the caller as present (adding them when they were not invited) and audits the join.</summary>
    public async Task<BoardResult> JoinAsync(Actor actor, Guid meetingId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!(await authorization.AuthorizeAsync(actor.User, Policies.JoinTumorBoards)).Succeeded)
        {
            return BoardResult.Denied("join tumour board meetings");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var meeting = await db.BoardMeetings.Include(m => m.Attendees).FirstOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        if (meeting is null)
        {
            return BoardResult.NotFound();
        }

        var attendee = meeting.Attendees.FirstOrDefault(a => a.UserId == actor.UserId);
        if (attendee is null)
        {
            attendee = new BoardAttendeeRecord
            {
                UserId = actor.UserId,
                DisplayName = await BoardQueries.DisplayNameAsync(db, actor, cancellationToken),
                Role = BoardRoles.MayJoin.FirstOrDefault(actor.User.IsInRole) ?? actor.Role,
            };
            meeting.Attendees.Add(attendee);
        }

        attendee.FirstJoinedAt ??= clock.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two tabs of the same person joining at once: the other one recorded the attendance.
        }

        await audit.RecordAsync(AuditActions.BoardJoined, actor.User, AuditTargets.BoardMeeting, meetingId.ToString(), actor.RemoteAddress,
            "joined the meeting", cancellationToken);
        return BoardResult.Done("Joined.");
    }

    /// <summary>Audits that the case on agenda item <paramref name="itemId"/> was shown to the caller.</summary>
    public async Task<BoardResult> RecordViewAsync(Actor actor, Guid meetingId, Guid itemId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!(await authorization.AuthorizeAsync(actor.User, Policies.JoinTumorBoards)).Succeeded)
        {
            return BoardResult.Denied("join tumour board meetings");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var item = await db.BoardAgendaItems.AsNoTracking().Where(i => i.Id == itemId && i.MeetingId == meetingId)
            .Select(i => new { i.ReportVersionId, i.CaseNumber }).FirstOrDefaultAsync(cancellationToken);
        if (item is null)
        {
            return BoardResult.NotFound("That agenda item");
        }

        await audit.RecordAsync(AuditActions.BoardView, actor.User, AuditTargets.ReportVersion, item.ReportVersionId.ToString(), actor.RemoteAddress,
            string.Create(CultureInfo.InvariantCulture, $"shown as case {item.CaseNumber} in tumour board meeting {meetingId}"), cancellationToken);
        return BoardResult.Done("Recorded.");
    }

    /// <summary>Whether the caller may move this meeting's queue; screens use it to offer the controls.</summary>
    public async Task<bool> CanControlAsync(Actor actor, MeetingView meeting)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(meeting);
        return (await authorization.AuthorizeAsync(actor.User, meeting.Presenter, Policies.ControlTumorBoard)).Succeeded;
    }

    /// <summary>Whether the caller may record decisions.</summary>
    public async Task<bool> CanDecideAsync(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return (await authorization.AuthorizeAsync(actor.User, Policies.RecordBoardDecisions)).Succeeded;
    }
}
