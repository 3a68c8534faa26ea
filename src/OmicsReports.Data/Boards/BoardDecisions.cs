using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Identity;
using OmicsReports.Data.Reports;
using OmicsReports.Domain.Reports;

namespace OmicsReports.Data.Boards;

/// <summary>
/// The board's decision per case: recorded by a clinician, preliminary until made final, tied to the report version
/// on the agenda, and audited at every save. A final decision never changes (here and by a database trigger).
/// </summary>
public sealed class BoardDecisions(
    IDbContextFactory<OmicsDbContext> contexts, IAuthorizationService authorization, AuditTrail audit, ReportReader reports, TimeProvider clock)
{
    /// <param name="expectedRevision">The revision the form was opened with; null when no decision existed then.</param>
    public async Task<BoardResult> SaveAsync(
        Actor actor, Guid meetingId, Guid itemId, DecisionInput input, Guid? expectedRevision, bool final, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        if (!(await authorization.AuthorizeAsync(actor.User, Policies.RecordBoardDecisions)).Succeeded)
        {
            return BoardResult.Denied("record tumour board decisions");
        }

        var decided = input.Trimmed();
        var problems = decided.Problems(final);
        if (problems.Count > 0)
        {
            return BoardResult.Invalid(string.Join(" ", problems));
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var item = await db.BoardAgendaItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == itemId && i.MeetingId == meetingId, cancellationToken);
        if (item is null)
        {
            return BoardResult.NotFound("That agenda item");
        }

        var decision = await db.BoardDecisions.FirstOrDefaultAsync(d => d.AgendaItemId == itemId, cancellationToken);
        if (decision?.State == BoardDecisionState.Final)
        {
            return BoardResult.Invalid(Invariant($"The decision on case {item.CaseNumber} is final and cannot be changed."));
        }

        if (decision?.Revision != expectedRevision)
        {
            return BoardResult.Conflict("Someone else saved a decision on this case since you opened it. Reload to see it before you change it.");
        }

        var therapy = await TherapyAsync(item.ReportVersionId, decided.ImplicationIndex, cancellationToken);
        if (therapy.Problem is not null)
        {
            return BoardResult.Invalid(therapy.Problem);
        }

        var now = clock.GetUtcNow();
        var name = await BoardQueries.DisplayNameAsync(db, actor, cancellationToken);
        if (decision is null)
        {
            decision = new BoardDecisionRecord
            {
                Id = Guid.NewGuid(),
                MeetingId = meetingId,
                AgendaItemId = itemId,
                CaseId = item.CaseId,
                ReportVersionId = item.ReportVersionId,
                ReportVersion = await db.ReportVersions.Where(v => v.Id == item.ReportVersionId).Select(v => v.Version).FirstAsync(cancellationToken),
                RecordedByUserId = actor.UserId,
                RecordedByName = name,
                RecordedAt = now,
            };
            db.BoardDecisions.Add(decision);
        }

        (decision.ImplicationIndex, decision.TherapyBiomarker, decision.Therapy, decision.TherapyTier) =
            (decided.ImplicationIndex, therapy.Biomarker, therapy.Therapies, therapy.Tier);
        decision.FreeTextRecommendation = decided.FreeTextRecommendation;
        decision.ClinicalTrialReferral = decided.ClinicalTrialReferral;
        decision.TrialDetails = decided.ClinicalTrialReferral ? decided.TrialDetails : string.Empty;
        decision.GeneticCounsellingReferral = decided.GeneticCounsellingReferral;
        decision.Rebiopsy = decided.Rebiopsy;
        decision.AdditionalTesting = decided.AdditionalTesting;
        decision.Rationale = decided.Rationale;
        decision.State = final ? BoardDecisionState.Final : BoardDecisionState.Preliminary;
        (decision.UpdatedByName, decision.UpdatedAt) = (name, now);
        decision.FinalizedByName = final ? name : null;
        decision.FinalizedAt = final ? now : null;
        decision.Revision = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return BoardResult.Conflict("Someone else saved a decision on this case at the same moment. Reload to see it.");
        }

        var view = BoardQueries.ToView(decision);
        await audit.RecordAsync(final ? AuditActions.BoardDecisionFinal : AuditActions.BoardDecision, actor.User, AuditTargets.ReportVersion,
            item.ReportVersionId.ToString(), actor.RemoteAddress, AuditDetail(meetingId, item.CaseNumber, view), cancellationToken);
        return BoardResult.Done(final ? "The decision is final." : "The preliminary decision is saved.", decision.Id, decision.Revision);
    }

    /// <summary>A case's decisions with their meetings (read on every report view).</summary>
    private static readonly CompiledQuery<Func<OmicsDbContext, Guid, IAsyncEnumerable<DecisionRow>>> DecisionsOnCase = new(() =>
        EF.CompileAsyncQuery((OmicsDbContext db, Guid caseId) =>
            from decision in db.BoardDecisions.AsNoTracking()
            where decision.CaseId == caseId
            join meeting in db.BoardMeetings on decision.MeetingId equals meeting.Id
            join item in db.BoardAgendaItems on decision.AgendaItemId equals item.Id
            select new DecisionRow(decision, meeting.BoardName, meeting.ScheduledAt, item.CaseNumber)));

    /// <summary>Every board decision on a case, newest meeting first, for the patient's report page.</summary>
    public async Task<BoardRead<IReadOnlyList<CaseBoardDecision>>> ForCaseAsync(Actor actor, Guid caseId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!(await authorization.AuthorizeAsync(actor.User, Policies.ViewPatients)).Succeeded)
        {
            return BoardRead.Denied<IReadOnlyList<CaseBoardDecision>>();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await DecisionsOnCase.For(db)(db, caseId).ToListAsync(cancellationToken);
        return BoardRead.Of<IReadOnlyList<CaseBoardDecision>>(rows
            .OrderByDescending(r => r.ScheduledAt)
            .Select(r => new CaseBoardDecision(r.Decision.MeetingId, r.BoardName, r.ScheduledAt, r.CaseNumber, BoardQueries.ToView(r.Decision)))
            .ToList());
    }

    private async Task<(string? Biomarker, string? Therapies, string? Tier, string? Problem)> TherapyAsync(
        Guid versionId, int? index, CancellationToken cancellationToken)
    {
        if (index is not { } position)
        {
            return (null, null, null, null);
        }

        var snapshot = await reports.LoadSnapshotAsync(versionId, cancellationToken);
        var implications = snapshot?.Report.Implications ?? [];
        if (position < 0 || position >= implications.Count || implications[position].Therapies.Count == 0)
        {
            return (null, null, null, "The chosen therapy is not one of this report's implications.");
        }

        // The same rule as the decision list (Reporting/Board/BoardDecisionOptions): a board recommends a therapy with
        // evidence of benefit; dose alerts, resistance and drugs to avoid are findings to weigh, never the choice.
        var implication = implications[position];
        if (implication.Kind != ImplicationKind.Therapeutic || implication.Direction != Direction.Sensitive)
        {
            return (null, null, null, "The chosen implication is not a therapy the report offers; dose alerts and resistance cannot be recommended.");
        }

        return (implication.Biomarker, string.Join(" + ", implication.Therapies), implication.Tier.ToString(), null);
    }

    /// <summary>Structured facts only: free text may hold clinical detail that does not belong in the audit log.</summary>
    private static string AuditDetail(Guid meetingId, int caseNumber, DecisionView decision)
    {
        var facts = new List<string>();
        if (decision.Therapy is not null)
        {
            facts.Add($"therapy {decision.Therapy}");
        }

        if (decision.FreeTextRecommendation.Length > 0)
        {
            facts.Add("recommendation in words");
        }

        if (decision.ClinicalTrialReferral)
        {
            facts.Add("trial referral");
        }

        if (decision.GeneticCounsellingReferral)
        {
            facts.Add("genetic counselling referral");
        }

        if (decision.Rebiopsy)
        {
            facts.Add("re-biopsy");
        }

        if (decision.AdditionalTesting.Length > 0)
        {
            facts.Add("additional testing");
        }

        return Invariant($"{decision.StateLabel.ToLowerInvariant()} decision on case {caseNumber} of tumour board meeting {meetingId}, version {decision.ReportVersion}: {string.Join(", ", facts)}");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record DecisionRow(BoardDecisionRecord Decision, string BoardName, DateTimeOffset ScheduledAt, int CaseNumber);
}
