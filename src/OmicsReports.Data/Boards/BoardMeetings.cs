using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Identity;
using OmicsReports.Data.Reports;

namespace OmicsReports.Data.Boards;

/// <summary>
/// Meetings: list, read, schedule and edit. Every call checks the caller's rights here, on the server, whatever a screen
/// showed; the agenda, attendance and decisions have their own services (<see cref="BoardAgenda"/>,
/// <see cref="BoardDecisions"/>).
/// </summary>
public sealed class BoardMeetings(
    IDbContextFactory<OmicsDbContext> contexts, IAuthorizationService authorization, AuditTrail audit, TimeProvider clock)
{
    /// <summary>Past meetings listed at most; older ones stay in the database and the audit trail.</summary>
    public const int PastLimit = 100;

    public async Task<BoardRead<MeetingList>> ListAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!await MayAsync(actor, Policies.JoinTumorBoards))
        {
            return BoardRead.Denied<MeetingList>();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.BoardMeetings.AsNoTracking()
            .Select(m => new MeetingSummary(m.Id, m.BoardName, m.ScheduledAt, m.DurationMinutes, m.Location, m.PresenterName, m.DeIdentified,
                m.Items.Count, db.BoardDecisions.Count(d => d.MeetingId == m.Id && d.State == BoardDecisionState.Final)))
            .ToListAsync(cancellationToken);
        // A meeting stays "upcoming" until its planned end, so a board in session is found at the top.
        var now = clock.GetUtcNow();
        var upcoming = rows.Where(m => m.ScheduledAt.AddMinutes(m.DurationMinutes) >= now).OrderBy(m => m.ScheduledAt).ToList();
        var past = rows.Where(m => m.ScheduledAt.AddMinutes(m.DurationMinutes) < now).OrderByDescending(m => m.ScheduledAt).Take(PastLimit).ToList();
        return BoardRead.Of(new MeetingList(upcoming, past));
    }

    public async Task<BoardRead<MeetingView>> GetAsync(Actor actor, Guid meetingId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!await MayAsync(actor, Policies.JoinTumorBoards))
        {
            return BoardRead.Denied<MeetingView>();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return BoardRead.Of(await BoardQueries.MeetingAsync(db, meetingId, cancellationToken));
    }

    /// <summary>Accounts that may present or be invited: clinicians and administrators.</summary>
    public async Task<BoardRead<IReadOnlyList<BoardCandidate>>> CandidatesAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!await MayAsync(actor, Policies.JoinTumorBoards))
        {
            return BoardRead.Denied<IReadOnlyList<BoardCandidate>>();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return BoardRead.Of(await BoardQueries.CandidatesAsync(db, cancellationToken));
    }

    public async Task<BoardResult> CreateAsync(Actor actor, MeetingInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        if (!await MayAsync(actor, Policies.JoinTumorBoards))
        {
            return BoardResult.Denied("schedule tumour board meetings");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (candidates, refusal) = await CheckAsync(db, input, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var now = clock.GetUtcNow();
        var meeting = new BoardMeetingRecord
        {
            Id = Guid.NewGuid(),
            CreatedAt = now,
            CreatedBy = actor.UserName,
            Revision = Guid.NewGuid(),
        };
        Apply(meeting, input, candidates, now);
        db.BoardMeetings.Add(meeting);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(AuditActions.BoardCreated, actor.User, AuditTargets.BoardMeeting, meeting.Id.ToString(), actor.RemoteAddress,
            string.Create(CultureInfo.InvariantCulture, $"{meeting.BoardName} on {meeting.ScheduledAt:yyyy-MM-dd HH:mm} UTC"), cancellationToken);
        return BoardResult.Done("The meeting is scheduled.", meeting.Id, meeting.Revision);
    }

    /// <summary>Changes details, presenter, invitations or de-identification: for those who may move the queue.</summary>
    public async Task<BoardResult> UpdateAsync(Actor actor, Guid meetingId, Guid expectedRevision, MeetingInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var meeting = await db.BoardMeetings.Include(m => m.Attendees).FirstOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        if (meeting is null)
        {
            return BoardResult.NotFound();
        }

        if (!await MayControlAsync(actor, meeting.PresenterUserId))
        {
            return BoardResult.Denied("change this meeting");
        }

        if (meeting.Revision != expectedRevision)
        {
            return BoardResult.Conflict("Someone else changed this meeting since you opened it. Reload to see their changes.");
        }

        var (candidates, refusal) = await CheckAsync(db, input, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var now = clock.GetUtcNow();
        var wasDeIdentified = meeting.DeIdentified;
        Apply(meeting, input, candidates, now);
        meeting.Revision = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return BoardResult.Conflict("Someone else changed this meeting at the same moment. Reload to see their changes.");
        }

        var detail = wasDeIdentified == meeting.DeIdentified ? "details changed" : $"de-identified display {(meeting.DeIdentified ? "on" : "off")}";
        await audit.RecordAsync(AuditActions.BoardUpdated, actor.User, AuditTargets.BoardMeeting, meeting.Id.ToString(), actor.RemoteAddress, detail, cancellationToken);
        return BoardResult.Done("The meeting is saved.", meeting.Id, meeting.Revision);
    }

    private static void Apply(BoardMeetingRecord meeting, MeetingInput input, IReadOnlyList<BoardCandidate> candidates, DateTimeOffset now)
    {
        var presenter = candidates.First(c => c.UserId == input.PresenterUserId);
        meeting.BoardName = input.BoardName.Trim();
        meeting.ScheduledAt = input.ScheduledAt.ToUniversalTime();
        meeting.DurationMinutes = input.DurationMinutes;
        meeting.Location = (input.Location ?? string.Empty).Trim();
        meeting.PresenterUserId = presenter.UserId;
        meeting.PresenterName = presenter.DisplayName;
        meeting.DeIdentified = input.DeIdentified;
        meeting.UpdatedAt = now;
        var invited = input.AttendeeUserIds.Append(presenter.UserId).ToHashSet(StringComparer.Ordinal);
        foreach (var attendee in meeting.Attendees)
        {
            attendee.Invited = invited.Contains(attendee.UserId);
        }

        // Those who joined stay on the list, invited or not: the minutes say who was there.
        meeting.Attendees.RemoveAll(a => !a.Invited && a.FirstJoinedAt is null);
        foreach (var candidate in candidates.Where(c => invited.Contains(c.UserId) && meeting.Attendees.All(a => a.UserId != c.UserId)))
        {
            meeting.Attendees.Add(new BoardAttendeeRecord { UserId = candidate.UserId, DisplayName = candidate.DisplayName, Role = candidate.Role, Invited = true });
        }
    }

    private static async Task<(IReadOnlyList<BoardCandidate> Candidates, BoardResult? Refusal)> CheckAsync(
        OmicsDbContext db, MeetingInput input, CancellationToken cancellationToken)
    {
        var problems = input.Problems().ToList();
        var candidates = await BoardQueries.CandidatesAsync(db, cancellationToken);
        var known = candidates.Select(c => c.UserId).ToHashSet(StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(input.PresenterUserId) && !known.Contains(input.PresenterUserId))
        {
            problems.Add("The presenter must be a clinician or an administrator with an account.");
        }

        if (input.AttendeeUserIds.Any(id => !known.Contains(id)))
        {
            problems.Add("Only clinicians and administrators with an account can be invited.");
        }

        return (candidates, problems.Count == 0 ? null : BoardResult.Invalid(string.Join(" ", problems)));
    }

    private async Task<bool> MayAsync(Actor actor, string policy) => (await authorization.AuthorizeAsync(actor.User, policy)).Succeeded;

    private async Task<bool> MayControlAsync(Actor actor, string presenterUserId) =>
        (await authorization.AuthorizeAsync(actor.User, new BoardPresenter(presenterUserId), Policies.ControlTumorBoard)).Succeeded;
}
