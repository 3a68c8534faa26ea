using System.Diagnostics;
using Microsoft.Playwright;
using OmicsReports.Data.Identity;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Browser;

/// <summary>
/// Issue 12, finding 9, for live circuits: a screen opened with a copy of the cookie is closed when the account
/// signs out elsewhere, without waiting for its next page load.
/// </summary>
[Collection(WebBrowserCollection.Name)]
public sealed class SessionEndBrowserTests(OmicsWebFactory app) : BrowserSession(app)
{
    [Fact]
    public async Task SignOut_EndsALiveCircuitOpenedWithACopiedCookie()
    {
        var user = await App.CreateUserAsync(Roles.Oncologist);
        var owner = await PageAsync(null);
        await owner.GotoAsync("/Account/Login");
        await owner.GetByLabel("Email").FillAsync(user.UserName);
        await owner.GetByLabel("Password").FillAsync(TestActors.Password);
        await owner.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await owner.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
        await GotoInteractiveAsync(owner, "/patients");

        var copy = await PageAsync(null);
        await copy.Context.AddCookiesAsync((await owner.Context.CookiesAsync()).Select(c => new Cookie
        {
            Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, HttpOnly = c.HttpOnly, Secure = c.Secure, SameSite = c.SameSite,
        }));
        await GotoInteractiveAsync(copy, "/patients");
        await Assertions.Expect(copy.GetByRole(AriaRole.Heading, new() { Name = "Worklist" })).ToBeVisibleAsync();

        await owner.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await owner.WaitForURLAsync("**/Account/Login**");
        var ended = Stopwatch.StartNew();

        await copy.WaitForURLAsync("**/Account/Login**", new() { Timeout = 15_000 });
        Assert.True(ended.Elapsed < TimeSpan.FromSeconds(15), $"The copied session's screen closed after {ended.Elapsed}.");
        await Assertions.Expect(copy.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
    }
}
