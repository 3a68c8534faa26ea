using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Data;
using OmicsReports.Data.Identity;
using OmicsReports.Data.Pipeline;
using OmicsReports.Data.Reports;
using OmicsReports.Web.Tests.Infrastructure;
using OmicsReports.Testing;

namespace OmicsReports.Web.Tests.Integration;

/// <summary>
/// Every component action against every role and an anonymous principal, called on the services the components call:
/// the check is on the server, whatever a screen shows or hides.
/// </summary>
[Collection(WebCollection.Name)]
[Trait(DatabaseMatrix.Trait, DatabaseMatrix.Both)]
public sealed class ActionMatrixTests(OmicsWebFactory app) : IDisposable
{
    private readonly IServiceScope scope = app.Services.CreateScope();

    public static TheoryData<string, string?, bool> Matrix()
    {
        var allowed = new Dictionary<string, string[]>
        {
            ["comment"] = [Roles.Oncologist, Roles.Pathologist],
            ["edit-interpretation"] = [Roles.Pathologist],
            ["hide-implication"] = [Roles.Pathologist],
            ["start-review"] = [Roles.Pathologist],
            ["sign"] = [Roles.Pathologist],
            ["amend"] = [Roles.Pathologist],
            ["import"] = [Roles.Pathologist],
        };
        var data = new TheoryData<string, string?, bool>();
        foreach (var (action, roles) in allowed)
        {
            foreach (var role in Roles.All.Cast<string?>().Append(null))
            {
                data.Add(action, role, role is not null && roles.Contains(role));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Action_ByRole_IsDeniedUnlessTheRoleMayDoIt(string action, string? role, bool allowed)
    {
        var actor = role is null ? new Actor(new System.Security.Claims.ClaimsPrincipal(), "127.0.0.1") : TestActors.For(role);
        var stored = await app.StoreCaseAsync();
        var revision = await RevisionAsync(stored.VersionId);
        var services = scope.ServiceProvider;

        var denied = action switch
        {
            "comment" => (await services.GetRequiredService<ReportComments>().AddAsync(actor, stored.VersionId, "A question")).Outcome == LifecycleOutcome.Denied,
            "edit-interpretation" => (await services.GetRequiredService<ReportReview>().SaveCommentAsync(actor, stored.VersionId, revision, "Text")).Outcome == LifecycleOutcome.Denied,
            "hide-implication" => (await services.GetRequiredService<ReportReview>().SetHiddenAsync(actor, stored.VersionId, revision, 0, true, "A reason")).Outcome == LifecycleOutcome.Denied,
            "start-review" => (await services.GetRequiredService<ReportReview>().StartReviewAsync(actor, stored.VersionId, revision)).Outcome == LifecycleOutcome.Denied,
            "sign" => (await services.GetRequiredService<ReportSignOut>().SignAsync(actor, stored.VersionId, revision, new SignatureRequest("x", null, true))).Outcome == LifecycleOutcome.Denied,
            "amend" => (await services.GetRequiredService<ReportSignOut>().AmendAsync(actor, stored.VersionId, "A reason for it")).Outcome == LifecycleOutcome.Denied,
            "import" => (await services.GetRequiredService<CaseImportService>().ImportAsync(actor, [new UploadedFile("x.case.json", "{}"u8.ToArray())], null)).Denied,
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
        };

        Assert.Equal(!allowed, denied);
        if (!allowed)
        {
            await using var db = await app.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>().CreateDbContextAsync();
            var version = await db.ReportVersions.AsNoTracking().SingleAsync(v => v.Id == stored.VersionId);
            Assert.Equal(revision, version.Revision);
            Assert.False(await db.ReportComments.AnyAsync(c => c.ReportVersionId == stored.VersionId));
        }
    }

    private async Task<Guid> RevisionAsync(Guid versionId)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>().CreateDbContextAsync();
        return (await db.ReportVersions.SingleAsync(v => v.Id == versionId)).Revision;
    }

    public void Dispose() => scope.Dispose();
}
