using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Data;
using OmicsReports.Data.Identity;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Security;

/// <summary>
/// Issue 12, finding 9: signing out, changing the password, two-factor or the role ends the account's other
/// sessions, so a cookie copied before is refused on its next request, by pages and endpoints alike.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class SessionEndTests(OmicsWebFactory app)
{
    [Fact]
    public async Task SignOut_CookieCopiedBefore_IsRefusedByPagesAndEndpoints()
    {
        var (email, caseId) = await ClinicianWithCaseAsync();
        using var browser = new SignInClient(app.BaseAddress);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(email, TestActors.Password)).StatusCode);
        using var copy = browser.Replay();
        Assert.Equal(HttpStatusCode.OK, (await copy.Http.GetAsync(ReportJson(caseId))).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignOutAsync()).StatusCode);

        var page = await copy.Http.GetAsync("/patients");
        var api = await copy.Http.GetAsync(ReportJson(caseId));
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/Account/Login", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task PasswordChange_EndsOtherSessions_AndKeepsThisOne()
    {
        var (email, caseId) = await ClinicianWithCaseAsync();
        using var here = new SignInClient(app.BaseAddress);
        using var elsewhere = new SignInClient(app.BaseAddress);
        await here.SignInAsync(email, TestActors.Password);
        await elsewhere.SignInAsync(email, TestActors.Password);
        using var copy = here.Replay();

        var changed = await here.PostFormAsync("/Account/Manage/Password", "change-password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = TestActors.Password,
            ["Input.NewPassword"] = "a-brand-new-passphrase",
            ["Input.ConfirmPassword"] = "a-brand-new-passphrase",
        });
        Assert.Contains("Your password is changed", WebUtility.HtmlDecode(await changed.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await here.Http.GetAsync(ReportJson(caseId))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await elsewhere.Http.GetAsync(ReportJson(caseId))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.Http.GetAsync(ReportJson(caseId))).StatusCode);
    }

    [Fact]
    public async Task TwoFactorEnrolment_EndsOtherSessions_AndKeepsThisOne()
    {
        var (email, caseId) = await ClinicianWithCaseAsync();
        using var here = new SignInClient(app.BaseAddress);
        using var elsewhere = new SignInClient(app.BaseAddress);
        await here.SignInAsync(email, TestActors.Password);
        await elsewhere.SignInAsync(email, TestActors.Password);

        await TwoFactorSteps.EnrolAsync(here, email);

        Assert.Equal(HttpStatusCode.OK, (await here.Http.GetAsync(ReportJson(caseId))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await elsewhere.Http.GetAsync(ReportJson(caseId))).StatusCode);
    }

    [Fact]
    public async Task RoleChange_EndsTheAccountsSessions()
    {
        var (email, caseId) = await ClinicianWithCaseAsync();
        using var client = new SignInClient(app.BaseAddress);
        await client.SignInAsync(email, TestActors.Password);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync(ReportJson(caseId))).StatusCode);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var user = await scope.ServiceProvider.GetRequiredService<UserManager<OmicsUser>>().FindByEmailAsync(email);
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<UserAccounts>().SetRoleAsync(user!.Id, Roles.Curator));
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.Http.GetAsync(ReportJson(caseId))).StatusCode);
    }

    [Fact]
    public async Task LockingTheAccount_RefusesItsOpenSession_UntilTheLockoutEnds()
    {
        var (email, caseId) = await ClinicianWithCaseAsync();
        using var browser = new SignInClient(app.BaseAddress);
        await browser.SignInAsync(email, TestActors.Password);
        var stamp = (await AccountRowAsync(email)).Stamp;

        // The lockout alone, written beside the app: the security stamp stays as the cookie has it.
        await SetLockoutEndAsync(email, DateTimeOffset.UtcNow.AddHours(1));
        using (var locked = browser.Replay())
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await locked.Http.GetAsync(ReportJson(caseId))).StatusCode);
        }

        await SetLockoutEndAsync(email, DateTimeOffset.UtcNow.AddMinutes(-1));
        using var unlocked = browser.Replay();
        Assert.Equal(HttpStatusCode.OK, (await unlocked.Http.GetAsync(ReportJson(caseId))).StatusCode);
        Assert.Equal(stamp, (await AccountRowAsync(email)).Stamp);
    }

    [Fact]
    public async Task DisablingTwoFactor_AsksForThePassword()
    {
        var (email, _) = await ClinicianWithCaseAsync();
        using var client = new SignInClient(app.BaseAddress);
        await client.SignInAsync(email, TestActors.Password);
        await TwoFactorSteps.EnrolAsync(client, email);

        var page = WebUtility.HtmlDecode(await client.Http.GetStringAsync(TwoFactorSteps.Page));
        var refused = await client.PostFormAsync(TwoFactorSteps.Page, "disable-2fa", new Dictionary<string, string> { ["Disable.Password"] = "not-the-password" });
        var stillOn = await TwoFactorEnabledAsync(email);
        var accepted = await client.PostFormAsync(TwoFactorSteps.Page, "disable-2fa", new Dictionary<string, string> { ["Disable.Password"] = TestActors.Password });

        Assert.Contains("id=\"disable-password\"", page, StringComparison.Ordinal);
        Assert.Contains("The password is not right", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.True(stillOn);
        Assert.Contains("Two-factor sign-in is off", WebUtility.HtmlDecode(await accepted.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.False(await TwoFactorEnabledAsync(email));
    }

    [Fact]
    public async Task OpeningTheTwoFactorPage_WritesNothing_UntilEnrolmentStarts()
    {
        var (email, _) = await ClinicianWithCaseAsync();
        using var client = new SignInClient(app.BaseAddress);
        await client.SignInAsync(email, TestActors.Password);
        var before = await AccountRowAsync(email);

        var page = await client.Http.GetAsync(TwoFactorSteps.Page);
        var after = await AccountRowAsync(email);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(before, after);
        Assert.Null(await AuthenticatorKeyAsync(email));
        Assert.Contains("Set up an authenticator app", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        await client.PostFormAsync(TwoFactorSteps.Page, "start-2fa", new Dictionary<string, string>());
        Assert.NotNull(await AuthenticatorKeyAsync(email));
    }

    private static string ReportJson(Guid caseId) => $"/api/cases/{caseId}/reports/1/report.json";

    private async Task<(string Email, Guid CaseId)> ClinicianWithCaseAsync()
    {
        var actor = await app.CreateUserAsync(Roles.Oncologist);
        var stored = await app.StoreCaseAsync();
        return (actor.UserName, stored.CaseId);
    }

    private async Task<bool> TwoFactorEnabledAsync(string email)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>().CreateDbContextAsync();
        return await db.Users.Where(u => u.Email == email).Select(u => u.TwoFactorEnabled).SingleAsync();
    }

    private async Task SetLockoutEndAsync(string email, DateTimeOffset end)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, await db.Users.Where(u => u.Email == email).ExecuteUpdateAsync(set => set.SetProperty(u => u.LockoutEnd, end)));
    }

    /// <summary>The columns that any write to the account changes.</summary>
    private async Task<(string? Stamp, string? Concurrency)> AccountRowAsync(string email)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>().CreateDbContextAsync();
        var row = await db.Users.AsNoTracking().SingleAsync(u => u.Email == email);
        return (row.SecurityStamp, row.ConcurrencyStamp);
    }

    private async Task<string?> AuthenticatorKeyAsync(string email)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>().CreateDbContextAsync();
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return await db.UserTokens.Where(t => t.UserId == userId && t.Name == "AuthenticatorKey").Select(t => t.Value).SingleOrDefaultAsync();
    }
}
