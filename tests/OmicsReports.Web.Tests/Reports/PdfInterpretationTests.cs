using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Data;
using OmicsReports.Data.Identity;
using OmicsReports.Data.Reports;
using OmicsReports.Testing;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Reports;

/// <summary>
/// Issue 12, finding 11: the pathologist's signed interpretive comment reaches the EHR in the PDF, and an amended
/// version prints why it was amended; read back from the real endpoint with pdftotext.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class PdfInterpretationTests(OmicsWebFactory app)
{
    [Fact]
    public async Task SignedPdf_PrintsTheInterpretiveComment_AndTheAmendmentPrintsItsReason()
    {
        var comment = $"Interpretation {Guid.NewGuid():N}: BRAF V600E supports BRAF and MEK inhibition.";
        var reason = $"Corrected purity {Guid.NewGuid():N}";
        var pathologist = await app.CreateUserAsync(Roles.Pathologist);
        var stored = await app.StoreCaseAsync();
        await SignAsync(pathologist, stored.VersionId, comment);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var amended = await scope.ServiceProvider.GetRequiredService<ReportSignOut>().AmendAsync(pathologist, stored.VersionId, reason);
            Assert.True(amended.Succeeded, amended.Message);
        }

        var amendmentId = await VersionIdAsync(stored.CaseId, 2);
        await SignAsync(pathologist, amendmentId, comment + " Amended.");
        using var client = new SignInClient(app.BaseAddress);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(Data.DemoOptions.EmailFor(Roles.Oncologist), OmicsWebFactory.DemoPassword)).StatusCode);

        var first = await PdfText.OfBytesAsync(await client.Http.GetByteArrayAsync($"/api/cases/{stored.CaseId}/reports/1/report.pdf"));
        var second = await PdfText.OfBytesAsync(await client.Http.GetByteArrayAsync($"/api/cases/{stored.CaseId}/reports/2/report.pdf"));
        Assert.Contains("Interpretive comment", first, StringComparison.Ordinal);
        Assert.Contains(comment, first, StringComparison.Ordinal);
        Assert.True(first.IndexOf(comment, StringComparison.Ordinal) < first.IndexOf("Sign-out", StringComparison.Ordinal), "The comment prints with the key findings, before the sign-out section.");
        Assert.DoesNotContain(reason, first, StringComparison.Ordinal);
        Assert.Contains(comment + " Amended.", second, StringComparison.Ordinal);
        Assert.Contains($"Reason: {reason}", second, StringComparison.Ordinal);
    }

    private async Task SignAsync(Actor pathologist, Guid versionId, string comment)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var review = scope.ServiceProvider.GetRequiredService<ReportReview>();
        var saved = await review.SaveCommentAsync(pathologist, versionId, await RevisionAsync(versionId), comment);
        Assert.True(saved.Succeeded, saved.Message);
        var started = await review.StartReviewAsync(pathologist, versionId, saved.Revision!.Value);
        Assert.True(started.Succeeded, started.Message);
        var signed = await scope.ServiceProvider.GetRequiredService<ReportSignOut>().SignAsync(pathologist, versionId, started.Revision!.Value,
            new SignatureRequest(TestActors.Password, null, AttestationConfirmed: true));
        Assert.True(signed.Succeeded, signed.Message);
    }

    private async Task<Guid> RevisionAsync(Guid versionId)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>().CreateDbContextAsync();
        return await db.ReportVersions.Where(v => v.Id == versionId).Select(v => v.Revision).SingleAsync();
    }

    private async Task<Guid> VersionIdAsync(Guid caseId, int version)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>().CreateDbContextAsync();
        return await db.ReportVersions.Where(v => v.CaseId == caseId && v.Version == version).Select(v => v.Id).SingleAsync();
    }
}
