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
    public Task<LifecycleResult> SetHiddenAsync(
        Actor actor, Guid versionId, Guid expectedRevision, int index, bool hide, string? reason, CancellationToken cancellationToken = default) =>
        SetHiddenAsync(actor, versionId, expectedRevision, [index], hide, reason, cancellationToken);

    /// <summary>
    /// Hides (with one reason) or shows again several implications at once, e.g. every option a card lists for one
    /// biomarker. One save: either all change or none. The audit names each implication by its therapy and biomarker.
    /// </summary>
    public async Task<LifecycleResult> SetHiddenAsync(
        Actor actor, Guid versionId, Guid expectedRevision, IReadOnlyCollection<int> indexes, bool hide, string? reason,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(indexes);
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
        if (indexes.Count == 0 || indexes.Any(i => i < 0 || i >= report.Implications.Count))
        {
            return LifecycleResult.Invalid("That implication is not part of this report.");
        }

        var now = clock.GetUtcNow();
        var chosen = indexes.Distinct().Order().ToList();
        var hidden = HiddenImplication.Parse(version.HiddenImplicationsJson).Where(h => !chosen.Contains(h.Index)).ToList();
        if (hide)
        {
            hidden.AddRange(chosen.Select(i => new HiddenImplication(i, report.Implications[i].Biomarker, why[..Math.Min(why.Length, 1000)], actor.UserName, now)));
        }

        version.HiddenImplicationsJson = HiddenImplication.Serialize(hidden);
        CaseSummary.Apply(version.Case!, version, report, now, hidden.Select(h => h.Index).ToHashSet());
        var conflict = await DraftEditing.SaveAsync(db, version, actor, now, cancellationToken);
        if (conflict is not null)
        {
            return conflict;
        }

        foreach (var index in chosen)
        {
            var named = Named(report.Implications[index]);
            await RecordAsync(actor, version, hide ? $"implication {index} ({named}) hidden: {why}" : $"implication {index} ({named}) shown again", cancellationToken);
        }

        var what = chosen.Count == 1 ? Named(report.Implications[chosen[0]]) : $"{chosen.Count} implications";
        return LifecycleResult.Done(hide ? $"Hidden: {what}." : $"Shown again: {what}.", version.Revision);
    }

    /// <summary>"dabrafenib + trametinib for BRAF V600E", or the biomarker alone when the implication names no drug.</summary>
    private static string Named(Domain.Reports.Implication implication) => implication.Therapies.Count == 0
        ? implication.Biomarker
        : $"{string.Join(" + ", implication.Therapies)} for {implication.Biomarker}";

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
