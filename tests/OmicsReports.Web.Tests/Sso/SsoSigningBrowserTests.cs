using Xunit.Abstractions;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OmicsReports.Data;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Identity;
using OmicsReports.Data.Reports;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Sso;

/// <summary>
/// Signing with a single-sign-on account asks the provider for the credentials again (prompt=login, max_age=0) even
/// though the provider's own session is still open, and the signature records the re-authentication.
/// </summary>
[Collection(SsoCollection.Name)]
public sealed class SsoSigningBrowserTests(SsoWebFactory app, ITestOutputHelper output) : SsoBrowserSession(app, output)
{
    [Fact]
    public async Task SigningAReport_ReauthenticatesAtTheProvider_InsteadOfAskingForAPassword()
    {
        var login = Person("path");
        var page = await NewPageAsync();
        await SignInAsync(page, SsoWebFactory.Hospital, login);
        var account = await AccountAsync(login);
        var stored = await App.StoreCaseAsync();
        await StartReviewAsync(account!, stored);
        var authorizeRequests = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Url.StartsWith(App.Provider.Issuer + "/auth", StringComparison.Ordinal))
            {
                authorizeRequests.Add(request.Url);
            }
        };

        await page.GotoAsync($"/patients/{stored.CaseId}/reports/1");
        await page.Locator("[data-omics-interactive=true]").WaitForAsync();
        await page.Locator("#report-sign").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Sign with {SsoWebFactory.Hospital}" })).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("#sign-password").CountAsync());
        await page.GetByLabel(ReportSignOut.Attestation).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Sign with {SsoWebFactory.Hospital}" }).ClickAsync();

        // The provider's session from the sign-in is still open, yet it shows its login form again.
        await Assertions.Expect(page.Locator("input[name=login]")).ToBeVisibleAsync();
        await EnterCredentialsAsync(page, login);

        await page.WaitForURLAsync($"**/patients/{stored.CaseId}/reports/1?signing=signed");
        await Assertions.Expect(page.Locator("#report-action-message")).ToContainTextAsync("The report is signed");
        var reauthentication = Assert.Single(authorizeRequests, url => url.Contains("prompt=login", StringComparison.Ordinal));
        Assert.Contains("max_age=0", reauthentication, StringComparison.Ordinal);
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>().CreateDbContextAsync();
        var version = await db.ReportVersions.AsNoTracking().SingleAsync(v => v.Id == stored.VersionId);
        Assert.Equal(ReportStatus.Signed, version.Status);
        Assert.Equal(account!.Id, version.SignedByUserId);
        var audit = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Action == AuditActions.Sign && e.TargetId == stored.VersionId.ToString());
        Assert.Contains($"re-authenticated at {SsoWebFactory.Hospital}", audit.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProviderAccount_CannotSignWithAPassword()
    {
        var login = Person("path");
        var page = await NewPageAsync();
        await SignInAsync(page, SsoWebFactory.Hospital, login);
        var account = await AccountAsync(login);
        var stored = await App.StoreCaseAsync();
        var revision = await StartReviewAsync(account!, stored);

        await using var scope = App.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ReportSignOut>().SignAsync(Actor(account!), stored.VersionId, revision,
            new SignatureRequest("any-password", null, AttestationConfirmed: true));

        Assert.Equal(LifecycleOutcome.Invalid, result.Outcome);
        Assert.Contains("organisation's sign-in", result.Message, StringComparison.Ordinal);
    }

    private async Task<Guid> StartReviewAsync(OmicsUser account, StoredVersion stored)
    {
        await using var scope = App.Services.CreateAsyncScope();
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>().CreateDbContextAsync();
        var revision = await db.ReportVersions.Where(v => v.Id == stored.VersionId).Select(v => v.Revision).SingleAsync();
        var started = await scope.ServiceProvider.GetRequiredService<ReportReview>().StartReviewAsync(Actor(account), stored.VersionId, revision);
        Assert.True(started.Succeeded, started.Message);
        return started.Revision!.Value;
    }

    private static Actor Actor(OmicsUser account) => TestActors.For(Roles.Pathologist, account.Id, account.UserName!);
}
