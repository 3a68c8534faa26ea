using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Identity;

namespace OmicsReports.Data.Reports;

/// <summary>
/// A pathologist's review of a draft: the interpretive comment, hiding or showing implications with a reason, and
/// moving the draft into review. Every action checks the role here, on the server, and is audited.
/// </summary>
public sealed class ReportReview(
    IDbContextFactory<OmicsDbContext> contexts, IAuthorizationService authorization, AuditTrail audit, TimeProvider clock)
{
    public const int MaxCommentLength = 8000;

    public async Task<LifecycleResult> SaveCommentAsync(Actor actor, Guid versionId, Guid expectedRevision, string comment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!await AllowedAsync(actor))
        {
            return LifecycleResult.Denied("edit the interpretive comment");
        }

        var text = (comment ?? string.Empty).Trim();
        if (text.Length > MaxCommentLength)
        {
            return LifecycleResult.Invalid($"The comment has {text.Length} characters; the limit is {MaxCommentLength}.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (version, refusal) = await DraftEditing.LoadAsync(db, versionId, expectedRevision, cancellationToken);
        if (version is null)
        {
            return refusal!;
        }

        version.InterpretiveComment = text;
        var conflict = await DraftEditing.SaveAsync(db, version, actor, clock.GetUtcNow(), cancellationToken);
        if (conflict is not null)
        {
            return conflict;
        }

        await RecordAsync(actor, version, "interpretive comment saved", cancellationToken);
        return LifecycleResult.Done("Comment saved.", version.Revision);
    }

    /// <summary>Hides (with a reason) or shows again one implication of the version's report.</summary>
    public async Task<LifecycleResult> SetHiddenAsync(
        Actor actor, Guid versionId, Guid expectedRevision, int index, bool hide, string? reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!await AllowedAsync(actor))
        {
            return LifecycleResult.Denied("hide or show implications");
        }

        var why = (reason ?? string.Empty).Trim();
        if (hide && why.Length < 3)
        {
            return LifecycleResult.Invalid("Give a reason for hiding the implication; it is kept with the report.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (version, refusal) = await DraftEditing.LoadAsync(db, versionId, expectedRevision, cancellationToken);
        if (version is null)
        {
            return refusal!;
        }

        var report = ReportSnapshots.ReadReport(version.ReportJson);
        if (index < 0 || index >= report.Implications.Count)
        {
            return LifecycleResult.Invalid("That implication is not part of this report.");
        }

        var now = clock.GetUtcNow();
        var hidden = HiddenImplication.Parse(version.HiddenImplicationsJson).Where(h => h.Index != index).ToList();
        if (hide)
        {
            hidden.Add(new HiddenImplication(index, report.Implications[index].Biomarker, why[..Math.Min(why.Length, 1000)], actor.UserName, now));
        }

        version.HiddenImplicationsJson = HiddenImplication.Serialize(hidden);
        CaseSummary.Apply(version.Case!, version, report, now, hidden.Select(h => h.Index).ToHashSet());
        var conflict = await DraftEditing.SaveAsync(db, version, actor, now, cancellationToken);
        if (conflict is not null)
        {
            return conflict;
        }

        var biomarker = report.Implications[index].Biomarker;
        await RecordAsync(actor, version, hide ? $"implication {index} ({biomarker}) hidden: {why}" : $"implication {index} ({biomarker}) shown again", cancellationToken);
        return LifecycleResult.Done(hide ? "Implication hidden." : "Implication shown again.", version.Revision);
    }

    /// <summary>Draft → in review: the pathologist takes the version for sign-out.</summary>
    public async Task<LifecycleResult> StartReviewAsync(Actor actor, Guid versionId, Guid expectedRevision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!await AllowedAsync(actor))
        {
            return LifecycleResult.Denied("review reports");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (version, refusal) = await DraftEditing.LoadAsync(db, versionId, expectedRevision, cancellationToken);
        if (version is null)
        {
            return refusal!;
        }

        if (version.Status != ReportStatus.Draft)
        {
            return LifecycleResult.Invalid($"Version {version.Version} is already {ReportStatusText.Display(version.Status).ToLowerInvariant()}.");
        }

        var now = clock.GetUtcNow();
        version.Status = ReportStatus.InReview;
        version.ReviewStartedAt = now;
        version.ReviewStartedBy = actor.UserName;
        CaseSummaryStatus(version, now);
        var conflict = await DraftEditing.SaveAsync(db, version, actor, now, cancellationToken);
        if (conflict is not null)
        {
            return conflict;
        }

        await audit.RecordAsync(AuditActions.ReviewStarted, actor.User, AuditTargets.ReportVersion, version.Id.ToString(), actor.RemoteAddress,
            $"version {version.Version} in review", cancellationToken);
        return LifecycleResult.Done($"Version {version.Version} is in review.", version.Revision);
    }

    internal static void CaseSummaryStatus(ReportVersionRecord version, DateTimeOffset now)
    {
        if (version.Case is { } record && version.Version >= record.LatestVersion)
        {
            record.LatestStatus = version.Status;
            record.UpdatedAt = now;
        }
    }

    private async Task<bool> AllowedAsync(Actor actor) =>
        (await authorization.AuthorizeAsync(actor.User, Policies.SignReports)).Succeeded;

    private Task RecordAsync(Actor actor, ReportVersionRecord version, string detail, CancellationToken cancellationToken) =>
        audit.RecordAsync(AuditActions.DraftEdited, actor.User, AuditTargets.ReportVersion, version.Id.ToString(), actor.RemoteAddress,
            $"version {version.Version}: {detail}", cancellationToken);
}
