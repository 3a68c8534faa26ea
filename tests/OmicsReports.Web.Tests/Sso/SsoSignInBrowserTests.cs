using Xunit.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OmicsReports.Data;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Identity;

namespace OmicsReports.Web.Tests.Sso;

/// <summary>Issue 14, sign-in for hospitals: through a real provider in real Chromium.</summary>
[Collection(SsoCollection.Name)]
public sealed class SsoSignInBrowserTests(SsoWebFactory app, ITestOutputHelper output) : SsoBrowserSession(app, output)
{
    [Fact]
    public async Task HospitalProvider_GroupMapsToPathologist_OnALocalAccountCreatedAtFirstSignIn()
    {
        var login = Person("path");
        var page = await NewPageAsync();

        await SignInAsync(page, SsoWebFactory.Hospital, login, "/patients");

        await page.WaitForURLAsync("**/patients");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Worklist" })).ToBeVisibleAsync();
        var account = await AccountAsync(login);
        Assert.NotNull(account);
        Assert.Equal([Roles.Pathologist], await RolesAsync(account.Id));
        Assert.False(string.IsNullOrEmpty(account.Id));
        Assert.Null(account.PasswordHash);
        await page.GotoAsync("/knowledge");
        await Assertions.Expect(page.GetByText("Not available to your role")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task EntraId_AppRoleMapsToOncologist()
    {
        var login = Person("onc");
        var page = await NewPageAsync();

        await SignInAsync(page, SsoWebFactory.Entra, login, "/patients");

        await page.WaitForURLAsync("**/patients");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Worklist" })).ToBeVisibleAsync();
        var account = await AccountAsync(login);
        Assert.NotNull(account);
        Assert.Equal([Roles.Oncologist], await RolesAsync(account.Id));
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>().CreateDbContextAsync();
        var link = await db.UserLogins.AsNoTracking().SingleAsync(l => l.UserId == account.Id);
        Assert.Equal("Entra", link.LoginProvider);
        Assert.Equal($"oid-{login}", link.ProviderKey);
    }

    [Fact]
    public async Task PersonWithoutAMappedRole_SeesNoAccess_IsNotSignedIn_AndIsAudited()
    {
        var login = Person("none");
        var page = await NewPageAsync();

        await SignInAsync(page, SsoWebFactory.Hospital, login, "/patients");

        await page.WaitForURLAsync("**/Account/NoAccess**");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "No access to OmicsReports" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("has no OmicsReports role")).ToBeVisibleAsync();
        await page.GotoAsync("/patients");
        Assert.Contains("/Account/Login", page.Url, StringComparison.Ordinal);
        Assert.Null(await AccountAsync(login));
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>().CreateDbContextAsync();
        var refusal = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Action == AuditActions.SignInRefused && e.UserName == $"{login}@hospital.example");
        Assert.Contains("no value of the claim 'groups' maps to a role", refusal.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RoleChangeAtTheProvider_TakesEffectAtNextSignIn_AndEndsTheOtherSessions()
    {
        var login = Person("onc");
        var first = await NewPageAsync();
        await SignInAsync(first, SsoWebFactory.Hospital, login, "/patients");
        await first.WaitForURLAsync("**/patients");
        await App.Provider.SetClaimsAsync(login, [], ["omics-curators"]);

        var second = await NewPageAsync();
        await SignInAsync(second, SsoWebFactory.Hospital, login, "/knowledge");

        await second.WaitForURLAsync("**/knowledge");
        var account = await AccountAsync(login);
        Assert.Equal([Roles.Curator], await RolesAsync(account!.Id));
        await first.GotoAsync("/patients");
        Assert.Contains("/Account/Login", first.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_EndsTheLocalSession_AndACopyOfItsCookie()
    {
        var login = Person("onc");
        var page = await NewPageAsync();
        await SignInAsync(page, SsoWebFactory.Hospital, login, "/patients");
        await page.Locator("[data-omics-interactive=true]").WaitForAsync();
        var copy = await NewPageAsync();
        await copy.Context.AddCookiesAsync((await page.Context.CookiesAsync()).Select(c => new Cookie
        {
            Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, HttpOnly = c.HttpOnly, Secure = c.Secure, SameSite = c.SameSite,
        }));

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync("**/Account/Login**");
        await page.GotoAsync("/patients");
        await copy.GotoAsync("/patients");

        Assert.Contains("/Account/Login", page.Url, StringComparison.Ordinal);
        Assert.Contains("/Account/Login", copy.Url, StringComparison.Ordinal);
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>().CreateDbContextAsync();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == AuditActions.SignOut && e.UserName == $"{login}@hospital.example"));
    }
}
