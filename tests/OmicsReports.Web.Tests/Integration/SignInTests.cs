using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Data;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Identity;
using OmicsReports.Web.Tests.Infrastructure;
using OmicsReports.Testing;

namespace OmicsReports.Web.Tests.Integration;

[Collection(WebCollection.Name)]
[Trait(DatabaseMatrix.Trait, DatabaseMatrix.Both)]
public class SignInTests(OmicsWebFactory app)
{
    [Fact]
    public async Task AnonymousPatientPage_RedirectsToSignIn_WithoutPatientData()
    {
        using var client = new SignInClient(app.BaseAddress);

        var response = await client.Http.GetAsync("/patients");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("DEMO-0001", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Lindqvist", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoOncologist_SignsIn_AndReachesWorklist()
    {
        using var client = new SignInClient(app.BaseAddress);

        var signIn = await client.SignInAsync(DemoOptions.EmailFor(Roles.Oncologist), OmicsWebFactory.DemoPassword, "/patients");
        var worklist = await client.Http.GetAsync("/patients");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/patients", new Uri(app.BaseAddress, signIn.Headers.Location!).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, worklist.StatusCode);
        Assert.Contains("<h1 id=\"worklist-title\">Worklist</h1>", await worklist.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("no-store", worklist.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Curator_RequestingPatientWorklist_IsRefused()
    {
        using var client = new SignInClient(app.BaseAddress);
        await client.SignInAsync(DemoOptions.EmailFor(Roles.Curator), OmicsWebFactory.DemoPassword);

        var response = await client.Http.GetAsync("/patients");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongPassword_ShowsErrorAndIsAudited_ThenLocksAccountAfterLimit()
    {
        var email = $"lockout-{Guid.NewGuid():N}@test.example";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var problems = await scope.ServiceProvider.GetRequiredService<UserAccounts>()
                .CreateAsync(email, Roles.Pathologist, "correct-horse-battery", "Lockout Test");
            Assert.Empty(problems);
        }

        using var client = new SignInClient(app.BaseAddress);
        var first = await client.SignInAsync(email, "not-the-password");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("the email or password is not right", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        for (var attempt = 2; attempt <= 5; attempt++)
        {
            await client.SignInAsync(email, "not-the-password");
        }

        var afterLockout = await client.SignInAsync(email, "correct-horse-battery");

        Assert.Equal(HttpStatusCode.OK, afterLockout.StatusCode);
        Assert.Contains("locked", await afterLockout.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>().CreateDbContextAsync();
        var actions = await db.AuditEntries.Where(e => e.UserName == email).Select(e => e.Action).ToListAsync();
        Assert.Equal(4, actions.Count(a => a == AuditActions.SignInFailed));
        Assert.Contains(AuditActions.LockedOut, actions);
        Assert.DoesNotContain(AuditActions.SignIn, actions);
    }

    [Fact]
    public async Task SignedInUser_SignOutWithoutAntiforgeryToken_IsRejected()
    {
        using var client = new SignInClient(app.BaseAddress);
        await client.SignInAsync(DemoOptions.EmailFor(Roles.Oncologist), OmicsWebFactory.DemoPassword);

        var response = await client.Http.PostAsync("/Account/Logout", new FormUrlEncodedContent([]));
        var stillSignedIn = await client.Http.GetAsync("/patients");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillSignedIn.StatusCode);
    }

    [Fact]
    public async Task UserManager_ForDemoAccounts_HasLockoutEnabledAndOneRoleEach()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OmicsUser>>();

        foreach (var role in Roles.All)
        {
            var user = await users.FindByEmailAsync(DemoOptions.EmailFor(role));
            Assert.NotNull(user);
            Assert.True(user.IsDemo);
            Assert.True(user.LockoutEnabled);
            Assert.Equal([role], await users.GetRolesAsync(user));
        }
    }
}
