using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Identity;

namespace OmicsReports.Data.Reports;

/// <summary>A comment as shown under a report.</summary>
public sealed record CommentView(long Id, DateTimeOffset At, string AuthorName, string AuthorRole, string Text);

/// <summary>Clinicians' comments on a report version. Allowed on signed versions too: they are not part of the report.</summary>
public sealed class ReportComments(
    IDbContextFactory<OmicsDbContext> contexts, IAuthorizationService authorization, AuditTrail audit, TimeProvider clock)
{
    public const int MaxLength = 4000;

    public async Task<LifecycleResult> AddAsync(Actor actor, Guid versionId, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!(await authorization.AuthorizeAsync(actor.User, Policies.CommentOnReports)).Succeeded)
        {
            return LifecycleResult.Denied("comment on reports");
        }

        var body = (text ?? string.Empty).Trim();
        if (body.Length == 0)
        {
            return LifecycleResult.Invalid("Write the comment first.");
        }

        if (body.Length > MaxLength)
        {
            return LifecycleResult.Invalid($"The comment has {body.Length} characters; the limit is {MaxLength}.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var version = await db.ReportVersions.AsNoTracking().Where(v => v.Id == versionId).Select(v => new { v.Id, v.Version }).FirstOrDefaultAsync(cancellationToken);
        if (version is null)
        {
            return LifecycleResult.NotFound();
        }

        db.ReportComments.Add(new ReportCommentRecord
        {
            ReportVersionId = version.Id,
            At = clock.GetUtcNow(),
            AuthorId = actor.UserId,
            AuthorName = actor.UserName,
            AuthorRole = actor.Role,
            Text = body,
        });
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(AuditActions.Comment, actor.User, AuditTargets.ReportVersion, version.Id.ToString(), actor.RemoteAddress,
            $"comment on version {version.Version}", cancellationToken);
        return LifecycleResult.Done("Comment added.");
    }

    public async Task<IReadOnlyList<CommentView>> ListAsync(Guid versionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ReportComments.AsNoTracking().Where(c => c.ReportVersionId == versionId).OrderBy(c => c.At)
            .Select(c => new CommentView(c.Id, c.At, c.AuthorName, c.AuthorRole, c.Text)).ToListAsync(cancellationToken);
    }
}
