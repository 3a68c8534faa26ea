using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Data;
using OmicsReports.Data.Demo;
using OmicsReports.Data.Identity;
using OmicsReports.Data.Pipeline;
using OmicsReports.Data.Reports;

namespace OmicsReports.Web.Tests.Infrastructure;

/// <summary>Real accounts and stored cases for tests that call the application services directly.</summary>
public static class TestActors
{
    public const string Password = "correct-horse-battery-staple";

    /// <summary>Creates an account with one role and returns it as the services see a signed-in user.</summary>
    public static async Task<Actor> CreateUserAsync(this OmicsWebFactory app, string role)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.example";
        await using var scope = app.Services.CreateAsyncScope();
        var problems = await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(email, role, Password, $"Dr. {role} Test");
        Assert.Empty(problems);
        var user = await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<OmicsUser>>().FindByEmailAsync(email);
        return For(role, user!.Id, email);
    }

    /// <summary>The demo account of a role (seeded in Development and in the tests), as the services see it signed in.</summary>
    public static async Task<Actor> DemoUserAsync(this OmicsWebFactory app, string role)
    {
        var email = DemoOptions.EmailFor(role);
        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<OmicsUser>>().FindByEmailAsync(email);
        Assert.True(user is not null, $"The demo account {email} is missing.");
        return For(role, user.Id, email);
    }

    /// <summary>A principal as the cookie handler would build it, without an account behind it.</summary>
    public static Actor For(string? role, string userId = "no-account", string name = "someone@test.example")
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, userId), new(ClaimTypes.Name, name) };
        if (role is not null)
        {
            claims.Add(new Claim(ClaimTypes.Role, role));
        }

        return new Actor(new ClaimsPrincipal(new ClaimsIdentity(claims, "test")), "127.0.0.1");
    }

    /// <summary>
    /// Stores a copy of a demo case under a fresh patient and sample, evaluated by the app's rules engine, as version 1
    /// (draft), so a test owns its case.
    /// </summary>
    /// <param name="demoIndex">Which demo case of <see cref="DemoCatalog"/> to copy (0 melanoma, 1 colorectal, 2 lung, ...).</param>
    public static async Task<StoredVersion> StoreCaseAsync(this OmicsWebFactory app, int demoIndex = 0, string? sampleId = null, string? mrn = null)
    {
        var demo = (await DemoBundles.ForAsync(DemoCatalog.All[demoIndex].SampleId)).Evaluated.Case;
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var omicsCase = demo with
        {
            Patient = demo.Patient with { Id = $"T-{suffix}", Mrn = mrn ?? $"T-{suffix}", FamilyName = $"Test{suffix}" },
            Specimen = demo.Specimen with { SampleId = sampleId ?? $"S-{suffix}" },
        };
        var report = app.Services.GetRequiredService<IReportEngine>().Evaluate(omicsCase);
        var stored = await app.Services.GetRequiredService<ReportStore>().AddVersionsAsync([new EvaluatedCase(omicsCase, report)], "test");
        return stored[0];
    }

    /// <summary>Stores a case, then a pathologist reviews and signs version 1 through the app's services.</summary>
    public static async Task<Guid> SignedVersionAsync(this OmicsWebFactory app)
    {
        var pathologist = await app.CreateUserAsync(Roles.Pathologist);
        var stored = await app.StoreCaseAsync();
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<OmicsDbContext>>().CreateDbContextAsync();
        var revision = (await db.ReportVersions.SingleAsync(v => v.Id == stored.VersionId)).Revision;
        var review = await scope.ServiceProvider.GetRequiredService<ReportReview>().StartReviewAsync(pathologist, stored.VersionId, revision);
        var signed = await scope.ServiceProvider.GetRequiredService<ReportSignOut>()
            .SignAsync(pathologist, stored.VersionId, review.Revision!.Value, new SignatureRequest(Password, null, true));
        Assert.True(signed.Succeeded, signed.Message);
        return stored.VersionId;
    }
}
