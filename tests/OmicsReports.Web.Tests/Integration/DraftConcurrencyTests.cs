using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Data;
using OmicsReports.Data.Identity;
using OmicsReports.Data.Reports;
using OmicsReports.Web.Tests.Infrastructure;
using OmicsReports.Testing;

namespace OmicsReports.Web.Tests.Integration;

/// <summary>Two pathologists editing one draft: the second is told, sees the first's text, keeps their own, loses nothing.</summary>
[Collection(WebCollection.Name)]
[Trait(DatabaseMatrix.Trait, DatabaseMatrix.Both)]
public sealed class DraftConcurrencyTests(OmicsWebFactory app) : IDisposable
{
    private readonly IServiceScope scope = app.Services.CreateScope();

    [Fact]
    public async Task SecondEditor_WithAStaleRevision_GetsAConflictWithTheFirstEditorsText_ThenMaySaveDeliberately()
    {
        var (first, second) = (await app.CreateUserAsync(Roles.Pathologist), await app.CreateUserAsync(Roles.Pathologist));
        var stored = await app.StoreCaseAsync();
        var opened = await RevisionAsync(stored.VersionId); // both open the draft now
        var review = Review;

        var firstSave = await review.SaveCommentAsync(first, stored.VersionId, opened, "First pathologist's interpretation.");
        var secondSave = await review.SaveCommentAsync(second, stored.VersionId, opened, "Second pathologist's interpretation.");

        Assert.True(firstSave.Succeeded);
        Assert.Equal(LifecycleOutcome.Conflict, secondSave.Outcome);
        Assert.Equal("First pathologist's interpretation.", secondSave.Conflict!.InterpretiveComment);
        Assert.Equal(first.UserName, secondSave.Conflict.UpdatedBy);
        Assert.Contains("Your text is kept", secondSave.Message, StringComparison.Ordinal);
        Assert.Equal("First pathologist's interpretation.", await CommentAsync(stored.VersionId));

        var deliberate = await review.SaveCommentAsync(second, stored.VersionId, secondSave.Revision!.Value, "Second pathologist's interpretation.");

        Assert.True(deliberate.Succeeded, deliberate.Message);
        Assert.Equal("Second pathologist's interpretation.", await CommentAsync(stored.VersionId));
    }

    [Fact]
    public async Task SaveRacingAnotherSave_IsCaughtByTheDatabaseConcurrencyToken()
    {
        var (first, second) = (await app.CreateUserAsync(Roles.Pathologist), await app.CreateUserAsync(Roles.Pathologist));
        var stored = await app.StoreCaseAsync();
        var opened = await RevisionAsync(stored.VersionId);
        await using var slow = await Contexts.CreateDbContextAsync();
        var (loaded, refusal) = await DraftEditing.LoadAsync(slow, stored.VersionId, opened, CancellationToken.None);
        Assert.Null(refusal);

        var fast = await Review.SaveCommentAsync(first, stored.VersionId, opened, "Saved while the other save was in flight.");
        loaded!.InterpretiveComment = "Late save";
        var conflict = await DraftEditing.SaveAsync(slow, loaded, second, DateTimeOffset.UtcNow, CancellationToken.None);

        Assert.True(fast.Succeeded);
        Assert.Equal(LifecycleOutcome.Conflict, conflict!.Outcome);
        Assert.Equal("Saved while the other save was in flight.", conflict.Conflict!.InterpretiveComment);
        Assert.Equal("Saved while the other save was in flight.", await CommentAsync(stored.VersionId));
    }

    [Fact]
    public async Task Sign_AfterSomeoneChangedTheDraft_IsAConflict_NotASignatureOfUnseenText()
    {
        var (first, second) = (await app.CreateUserAsync(Roles.Pathologist), await app.CreateUserAsync(Roles.Pathologist));
        var stored = await app.StoreCaseAsync();
        var review = await Review.StartReviewAsync(first, stored.VersionId, await RevisionAsync(stored.VersionId));
        await Review.SaveCommentAsync(second, stored.VersionId, review.Revision!.Value, "Changed before the signature.");

        var signed = await scope.ServiceProvider.GetRequiredService<ReportSignOut>()
            .SignAsync(first, stored.VersionId, review.Revision.Value, new SignatureRequest(TestActors.Password, null, true));

        Assert.Equal(LifecycleOutcome.Conflict, signed.Outcome);
        await using var db = await Contexts.CreateDbContextAsync();
        Assert.Equal(ReportStatus.InReview, (await db.ReportVersions.SingleAsync(v => v.Id == stored.VersionId)).Status);
    }

    /// <summary>
    /// Two pathologists press "Sign" on the same versions at the same moment, five versions at once. Exactly one
    /// signature per version is stored; the other signer is told in words what happened (a conflict or "already
    /// signed"), never a database error such as SQLite's "database is locked".
    /// </summary>
    [Fact]
    public async Task TwoSignersAtOnce_OneSignatureIsStored_TheOtherGetsAClearMessage()
    {
        var (first, second) = (await app.CreateUserAsync(Roles.Pathologist), await app.CreateUserAsync(Roles.Pathologist));
        var inReview = new List<(Guid Version, Guid Revision)>();
        for (var i = 0; i < 5; i++)
        {
            var stored = await app.StoreCaseAsync();
            var review = await Review.StartReviewAsync(first, stored.VersionId, await RevisionAsync(stored.VersionId));
            inReview.Add((stored.VersionId, review.Revision!.Value));
        }

        var attempts = inReview.SelectMany(v => new[] { (v.Version, v.Revision, Signer: first), (v.Version, v.Revision, Signer: second) }).ToList();
        var results = await Task.WhenAll(attempts.Select(a => Task.Run(() => SignAsync(a.Signer, a.Version, a.Revision))));

        foreach (var group in attempts.Zip(results).GroupBy(x => x.First.Version))
        {
            var outcomes = group.Select(x => x.Second).ToList();
            Assert.Single(outcomes, r => r.Succeeded);
            var refused = Assert.Single(outcomes, r => !r.Succeeded);
            Assert.True(refused.Outcome is LifecycleOutcome.Conflict or LifecycleOutcome.Invalid, refused.Message);
            Assert.Matches("changed this version|is signed and can no longer change", refused.Message);
            Assert.DoesNotContain("locked", refused.Message, StringComparison.OrdinalIgnoreCase);
        }

        await using var db = await Contexts.CreateDbContextAsync();
        var ids = inReview.Select(v => v.Version).ToList();
        Assert.Equal(5, await db.ReportVersions.CountAsync(v => ids.Contains(v.Id) && v.Status == ReportStatus.Signed));
    }

    private async Task<LifecycleResult> SignAsync(Actor signer, Guid versionId, Guid revision)
    {
        await using var signing = app.Services.CreateAsyncScope();
        return await signing.ServiceProvider.GetRequiredService<ReportSignOut>()
            .SignAsync(signer, versionId, revision, new SignatureRequest(TestActors.Password, null, true));
    }

    private ReportReview Review => scope.ServiceProvider.GetRequiredService<ReportReview>();

    private async Task<Guid> RevisionAsync(Guid versionId)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return (await db.ReportVersions.SingleAsync(v => v.Id == versionId)).Revision;
    }

    private async Task<string> CommentAsync(Guid versionId)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return (await db.ReportVersions.SingleAsync(v => v.Id == versionId)).InterpretiveComment;
    }

    private IDbContextFactory<OmicsDbContext> Contexts => app.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>();

    public void Dispose() => scope.Dispose();
}
