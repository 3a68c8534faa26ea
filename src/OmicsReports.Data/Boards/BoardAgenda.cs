using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Cases;
using OmicsReports.Data.Identity;
using OmicsReports.Data.Reports;

namespace OmicsReports.Data.Boards;

/// <summary>
/// The agenda (cases, their order) and attendance of a meeting. Changing the agenda is "moving the queue": the
/// presenter, a pathologist or an administrator. Joining and viewing are for everyone who may join boards.
/// </summary>
public sealed class BoardAgenda(
    IDbContextFactory<OmicsDbContext> contexts, IAuthorizationService authorization, AuditTrail audit, CaseWorklist worklist, TimeProvider clock)
{
    /// <summary>Cases to add, found by name, MRN or sample; offered only to those who may change the agenda.</summary>
    public async Task<BoardRead<IReadOnlyList<WorklistRow>>> SearchCasesAsync(Actor actor, Guid meetingId, string term, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var presenter = await PresenterAsync(meetingId, cancellationToken);
        if (presenter is null)
        {
            return BoardRead.Of<IReadOnlyList<WorklistRow>>(null);
        }

        if (!await MayControlAsync(actor, presenter))
        {
            return BoardRead.Denied<IReadOnlyList<WorklistRow>>();
        }

        var page = await worklist.SearchAsync(new WorklistQuery(Search: term, Take: 10), cancellationToken);
        return BoardRead.Of(page.Rows);
    }

    /// <summary>Puts a case's newest report version (or <paramref name="version"/>) at the end of the agenda.</summary>
    public async Task<BoardResult> AddCaseAsync(Actor actor, Guid meetingId, Guid caseId, string question, int? version = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var presenter = await PresenterAsync(db, meetingId, cancellationToken);
        if (presenter is null)
        {
            return BoardResult.NotFound();
        }

        if (!await MayControlAsync(actor, presenter))
        {
            return BoardResult.Denied("change this meeting's agenda");
        }

        var text = (question ?? string.Empty).Trim();
        if (text.Length > BoardLimits.Question)
        {
            return BoardResult.Invalid($"The question has {text.Length} characters; the limit is {BoardLimits.Question}.");
        }

        var target = await db.ReportVersions.AsNoTracking()
            .Where(v => v.CaseId == caseId && (version == null ? v.Version == v.Case!.LatestVersion : v.Version == version))
            .Select(v => new { v.Id, v.Version }).FirstOrDefaultAsync(cancellationToken);
        if (target is null)
        {
            return BoardResult.NotFound("That case or report version");
        }

        var items = await db.BoardAgendaItems.Where(i => i.MeetingId == meetingId).ToListAsync(cancellationToken);
        if (items.Any(i => i.ReportVersionId == target.Id))
        {
            return BoardResult.Invalid($"Version {target.Version} of this case is already on the agenda.");
        }

        var item = new BoardAgendaItemRecord
        {
            Id = Guid.NewGuid(),
            MeetingId = meetingId,
            Position = items.Count,
            CaseNumber = items.Count == 0 ? 1 : items.Max(i => i.CaseNumber) + 1,
            CaseId = caseId,
            ReportVersionId = target.Id,
            Question = text,
            AddedAt = clock.GetUtcNow(),
            AddedBy = actor.UserName,
        };
        db.BoardAgendaItems.Add(item);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return BoardResult.Conflict("Someone else changed the agenda at the same moment. Try again.");
        }

        await audit.RecordAsync(AuditActions.BoardAgenda, actor.User, AuditTargets.ReportVersion, target.Id.ToString(), actor.RemoteAddress,
            Invariant($"version {target.Version} added to tumour board meeting {meetingId} as case {item.CaseNumber}"), cancellationToken);
        return BoardResult.Done(Invariant($"Added as case {item.CaseNumber}."), item.Id);
    }

    public async Task<BoardResult> RemoveCaseAsync(Actor actor, Guid meetingId, Guid itemId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (items, refusal) = await LoadForChangeAsync(db, actor, meetingId, itemId, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var item = items.First(i => i.Id == itemId);
        if (await db.BoardDecisions.AnyAsync(d => d.AgendaItemId == itemId, cancellationToken))
        {
            return BoardResult.Invalid(Invariant($"Case {item.CaseNumber} has a recorded decision, so it stays on the agenda."));
        }

        db.BoardAgendaItems.Remove(item);
        items.Remove(item);
        Renumber(items);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(AuditActions.BoardAgenda, actor.User, AuditTargets.ReportVersion, item.ReportVersionId.ToString(), actor.RemoteAddress,
            Invariant($"case {item.CaseNumber} removed from tumour board meeting {meetingId}"), cancellationToken);
        return BoardResult.Done(Invariant($"Case {item.CaseNumber} is off the agenda."));
    }

    /// <summary>Moves a case to <paramref name="newPosition"/> (0-based, clamped to the agenda) in the running order.</summary>
    public async Task<BoardResult> MoveAsync(Actor actor, Guid meetingId, Guid itemId, int newPosition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (items, refusal) = await LoadForChangeAsync(db, actor, meetingId, itemId, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var item = items.First(i => i.Id == itemId);
        var from = items.IndexOf(item);
        var to = Math.Clamp(newPosition, 0, items.Count - 1);
        if (from == to)
        {
            return BoardResult.Done(Invariant($"Case {item.CaseNumber} stays at position {to + 1}."));
        }

        items.RemoveAt(from);
        items.Insert(to, item);
        Renumber(items);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(AuditActions.BoardAgenda, actor.User, AuditTargets.BoardMeeting, meetingId.ToString(), actor.RemoteAddress,
            Invariant($"case {item.CaseNumber} moved from position {from + 1} to {to + 1}"), cancellationToken);
        return BoardResult.Done(Invariant($"Case {item.CaseNumber} moved to position {to + 1} of {items.Count}."));
    }

    private async Task<(List<BoardAgendaItemRecord> Items, BoardResult? Refusal)> LoadForChangeAsync(
        OmicsDbContext db, Actor actor, Guid meetingId, Guid itemId, CancellationToken cancellationToken)
    {
        var presenter = await PresenterAsync(db, meetingId, cancellationToken);
        if (presenter is null)
        {
            return ([], BoardResult.NotFound());
        }

        if (!await MayControlAsync(actor, presenter))
        {
            return ([], BoardResult.Denied("change this meeting's agenda"));
        }

        var items = await db.BoardAgendaItems.Where(i => i.MeetingId == meetingId).OrderBy(i => i.Position).ThenBy(i => i.CaseNumber).ToListAsync(cancellationToken);
        return items.Any(i => i.Id == itemId) ? (items, null) : ([], BoardResult.NotFound("That agenda item"));
    }

    private static void Renumber(List<BoardAgendaItemRecord> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            items[i].Position = i;
        }
    }

    private async Task<string?> PresenterAsync(Guid meetingId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await PresenterAsync(db, meetingId, cancellationToken);
    }

    private static Task<string?> PresenterAsync(OmicsDbContext db, Guid meetingId, CancellationToken cancellationToken) =>
        db.BoardMeetings.AsNoTracking().Where(m => m.Id == meetingId).Select(m => m.PresenterUserId).FirstOrDefaultAsync(cancellationToken);

    private async Task<bool> MayControlAsync(Actor actor, string presenterUserId) =>
        (await authorization.AuthorizeAsync(actor.User, new BoardPresenter(presenterUserId), Policies.ControlTumorBoard)).Succeeded;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
