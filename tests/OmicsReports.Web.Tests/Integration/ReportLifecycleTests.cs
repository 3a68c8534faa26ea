using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Data;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Identity;
using OmicsReports.Data.Reports;
using OmicsReports.Web.Tests.Infrastructure;
using OmicsReports.Testing;

namespace OmicsReports.Web.Tests.Integration;

/// <summary>Draft → in review → signed → amended, on the real services and PostgreSQL.</summary>
[Collection(WebCollection.Name)]
[Trait(DatabaseMatrix.Trait, DatabaseMatrix.Both)]
public sealed class ReportLifecycleTests(OmicsWebFactory app) : IDisposable
{
    private readonly IServiceScope scope = app.Services.CreateScope();

    [Fact]
    public async Task Sign_AfterReviewWithThePassword_RecordsAttestationAndLocksTheVersion()
    {
        var pathologist = await app.CreateUserAsync(Roles.Pathologist);
        var stored = await app.StoreCaseAsync();
        var revision = await RevisionAsync(stored.VersionId);

        var review = await Service<ReportReview>().StartReviewAsync(pathologist, stored.VersionId, revision);
        var signed = await Service<ReportSignOut>().SignAsync(pathologist, stored.VersionId, review.Revision!.Value,
            new SignatureRequest(TestActors.Password, null, AttestationConfirmed: true));

        Assert.True(signed.Succeeded, signed.Message);
        await using var db = await Contexts.CreateDbContextAsync();
        var version = await db.ReportVersions.Include(v => v.Case).SingleAsync(v => v.Id == stored.VersionId);
        Assert.Equal(ReportStatus.Signed, version.Status);
        Assert.Equal("Dr. Pathologist Test", version.SignedByName);
        Assert.Equal(pathologist.UserId, version.SignedByUserId);
        Assert.Equal(ReportSignOut.Attestation, version.AttestationStatement);
        Assert.NotNull(version.SignedAt);
        Assert.Equal(ReportStatus.Signed, version.Case!.LatestStatus);
        var comment = await Service<ReportReview>().SaveCommentAsync(pathologist, stored.VersionId, version.Revision, "late edit");
        Assert.Equal(LifecycleOutcome.Invalid, comment.Outcome);
        Assert.Contains("Amend it", comment.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_WithAWrongPassword_IsRefusedAuditedAndCountsTowardsLockout()
    {
        var pathologist = await app.CreateUserAsync(Roles.Pathologist);
        var stored = await app.StoreCaseAsync();
        var review = await Service<ReportReview>().StartReviewAsync(pathologist, stored.VersionId, await RevisionAsync(stored.VersionId));

        var result = await Service<ReportSignOut>().SignAsync(pathologist, stored.VersionId, review.Revision!.Value,
            new SignatureRequest("not-my-password", null, AttestationConfirmed: true));

        Assert.Equal(LifecycleOutcome.Invalid, result.Outcome);
        Assert.Contains("password is not right", result.Message, StringComparison.Ordinal);
        await using var db = await Contexts.CreateDbContextAsync();
        Assert.Equal(ReportStatus.InReview, (await db.ReportVersions.SingleAsync(v => v.Id == stored.VersionId)).Status);
        Assert.Contains(await db.AuditEntries.Where(e => e.TargetId == stored.VersionId.ToString()).Select(e => e.Action).ToListAsync(), a => a == AuditActions.SignFailed);
        Assert.Equal(1, (await db.Users.SingleAsync(u => u.Id == pathologist.UserId)).AccessFailedCount);
    }

    [Fact]
    public async Task Sign_ADraftNotYetInReview_OrWithoutConsent_IsRefused()
    {
        var pathologist = await app.CreateUserAsync(Roles.Pathologist);
        var stored = await app.StoreCaseAsync();
        var revision = await RevisionAsync(stored.VersionId);

        var fromDraft = await Service<ReportSignOut>().SignAsync(pathologist, stored.VersionId, revision, new SignatureRequest(TestActors.Password, null, true));
        var withoutConsent = await Service<ReportSignOut>().SignAsync(pathologist, stored.VersionId, revision, new SignatureRequest(TestActors.Password, null, false));

        Assert.Equal(LifecycleOutcome.Invalid, fromDraft.Outcome);
        Assert.Contains("start the review", fromDraft.Message, StringComparison.Ordinal);
        Assert.Equal(LifecycleOutcome.Invalid, withoutConsent.Outcome);
    }

    [Fact]
    public async Task Amend_SignedVersion_OpensNewDraftWithReason_AndKeepsTheSignedOneAsItWas()
    {
        var pathologist = await app.CreateUserAsync(Roles.Pathologist);
        var stored = await app.StoreCaseAsync();
        await SignAsync(pathologist, stored.VersionId, comment: "Original interpretation.");
        await using var before = await Contexts.CreateDbContextAsync();
        var signedRow = await before.ReportVersions.AsNoTracking().SingleAsync(v => v.Id == stored.VersionId);

        var amended = await Service<ReportSignOut>().AmendAsync(pathologist, stored.VersionId, "Exon number corrected in the comment.");
        var again = await Service<ReportSignOut>().AmendAsync(pathologist, stored.VersionId, "A second amendment at once.");

        Assert.True(amended.Succeeded, amended.Message);
        Assert.Equal(2, amended.NewVersion);
        Assert.Equal(LifecycleOutcome.Invalid, again.Outcome);
        Assert.Contains("Version 2 is already open", again.Message, StringComparison.Ordinal);
        await using var db = await Contexts.CreateDbContextAsync();
        var versions = await db.ReportVersions.AsNoTracking().Where(v => v.CaseId == stored.CaseId).OrderBy(v => v.Version).ToListAsync();
        Assert.Equal(2, versions.Count);
        Assert.Equal(signedRow.Revision, versions[0].Revision);
        Assert.Equal(ReportStatus.Signed, versions[0].Status);
        Assert.Equal(ReportStatus.Draft, versions[1].Status);
        Assert.Equal(1, versions[1].AmendsVersion);
        Assert.Equal("Exon number corrected in the comment.", versions[1].AmendmentReason);
        Assert.Equal("Original interpretation.", versions[1].InterpretiveComment);
        Assert.Equal(versions[0].ReportJson, versions[1].ReportJson);
        Assert.Contains(await db.AuditEntries.Where(e => e.TargetId == versions[1].Id.ToString()).Select(e => e.Action).ToListAsync(), a => a == AuditActions.Amend);
    }

    [Fact]
    public async Task SignedAmendment_IsAmended_AndSupersedesTheVersionItAmends()
    {
        var pathologist = await app.CreateUserAsync(Roles.Pathologist);
        var stored = await app.StoreCaseAsync();
        await SignAsync(pathologist, stored.VersionId);
        var amendment = await Service<ReportSignOut>().AmendAsync(pathologist, stored.VersionId, "Corrected the comment.");
        var view = await app.Services.GetRequiredService<ReportReader>().LoadAsync(stored.CaseId, amendment.NewVersion!.Value);

        await SignAsync(pathologist, view!.VersionId);

        var reader = app.Services.GetRequiredService<ReportReader>();
        var first = await reader.LoadAsync(stored.CaseId, 1);
        var second = await reader.LoadAsync(stored.CaseId, 2);
        Assert.Equal(ReportStatus.Amended, second!.Status);
        Assert.Equal(2, first!.SupersededBy?.Version);
        Assert.Null(second.SupersededBy);
        await using var db = await Contexts.CreateDbContextAsync();
        Assert.Equal(ReportStatus.Amended, (await db.Cases.SingleAsync(c => c.Id == stored.CaseId)).LatestStatus);
    }

    [Fact]
    public async Task Amend_AVersionThatIsNotSigned_IsRefused()
    {
        var pathologist = await app.CreateUserAsync(Roles.Pathologist);
        var stored = await app.StoreCaseAsync();

        var result = await Service<ReportSignOut>().AmendAsync(pathologist, stored.VersionId, "Nothing to amend yet.");

        Assert.Equal(LifecycleOutcome.Invalid, result.Outcome);
    }

    [Fact]
    public async Task Reimport_OfTheSameSample_AddsVersionTwo_AndLeavesVersionOneUntouched()
    {
        var first = await app.StoreCaseAsync(sampleId: $"RE-{Guid.NewGuid():N}", mrn: $"MRN-{Guid.NewGuid():N}");
        await using var before = await Contexts.CreateDbContextAsync();
        var original = await before.ReportVersions.AsNoTracking().SingleAsync(v => v.Id == first.VersionId);
        var patientCase = await before.Cases.Include(c => c.Patient).AsNoTracking().SingleAsync(c => c.Id == first.CaseId);

        var second = await app.StoreCaseAsync(sampleId: patientCase.SampleId, mrn: patientCase.Patient!.Mrn);

        Assert.Equal(first.CaseId, second.CaseId);
        Assert.Equal(first.PatientId, second.PatientId);
        Assert.Equal(2, second.Version);
        await using var db = await Contexts.CreateDbContextAsync();
        var unchanged = await db.ReportVersions.AsNoTracking().SingleAsync(v => v.Id == first.VersionId);
        Assert.Equal(original.Revision, unchanged.Revision);
        Assert.Equal(original.CaseJson, unchanged.CaseJson);
        Assert.Equal(2, (await db.Cases.SingleAsync(c => c.Id == first.CaseId)).LatestVersion);
    }

    [Fact]
    public async Task Hide_WithReason_TakesTheImplicationOffTheWorklistTopFinding_AndShowBringsItBack()
    {
        var pathologist = await app.CreateUserAsync(Roles.Pathologist);
        var stored = await app.StoreCaseAsync(demoIndex: 0);
        var review = Service<ReportReview>();

        var noReason = await review.SetHiddenAsync(pathologist, stored.VersionId, await RevisionAsync(stored.VersionId), 0, hide: true, reason: " ");
        var hidden = await review.SetHiddenAsync(pathologist, stored.VersionId, await RevisionAsync(stored.VersionId), 0, hide: true, reason: "Combination preferred");
        var topWhileHidden = await TopFindingAsync(stored.CaseId);
        var shown = await review.SetHiddenAsync(pathologist, stored.VersionId, hidden.Revision!.Value, 0, hide: false, reason: null);

        Assert.Equal(LifecycleOutcome.Invalid, noReason.Outcome);
        Assert.True(hidden.Succeeded, hidden.Message);
        // The engine ranks dabrafenib alone first for this melanoma, then the combination, which the melanoma rule
        // (BRAF V600E or V600K) now leads ahead of the tumour-agnostic one, so its label names the matched variant.
        Assert.Equal("BRAF V600E or V600K: BRAF V600E: dabrafenib + trametinib", topWhileHidden);
        Assert.True(shown.Succeeded, shown.Message);
        Assert.Equal("BRAF V600E: dabrafenib", await TopFindingAsync(stored.CaseId));
        var view = await app.Services.GetRequiredService<ReportReader>().LoadAsync(stored.CaseId, 1);
        Assert.Empty(view!.Hidden);
    }

    private async Task SignAsync(Actor pathologist, Guid versionId, string? comment = null)
    {
        var revision = await RevisionAsync(versionId);
        if (comment is not null)
        {
            revision = (await Service<ReportReview>().SaveCommentAsync(pathologist, versionId, revision, comment)).Revision!.Value;
        }

        var review = await Service<ReportReview>().StartReviewAsync(pathologist, versionId, revision);
        var signed = await Service<ReportSignOut>().SignAsync(pathologist, versionId, review.Revision!.Value, new SignatureRequest(TestActors.Password, null, true));
        Assert.True(signed.Succeeded, signed.Message);
    }

    private async Task<string> TopFindingAsync(Guid caseId)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return (await db.Cases.SingleAsync(c => c.Id == caseId)).TopFinding;
    }

    private async Task<Guid> RevisionAsync(Guid versionId)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return (await db.ReportVersions.SingleAsync(v => v.Id == versionId)).Revision;
    }

    private T Service<T>()
        where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    public void Dispose() => scope.Dispose();

    private IDbContextFactory<OmicsDbContext> Contexts => app.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>();
}
