using System.Net;
using OmicsReports.Data;
using OmicsReports.Data.Identity;
using OmicsReports.Testing;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Cluster;

/// <summary>
/// App processes on one database share the Data Protection keys stored in it: a sign-in cookie issued by the cluster's
/// node 2 (a process of its own) is accepted by another app on the same database. An app on another database (other
/// keys) refuses the same cookie, which shows the acceptance comes from the shared keys and not from the cookie alone.
/// </summary>
/// <remarks>
/// PostgreSQL only: several nodes on one database is the PostgreSQL deployment (docs/operations.md, "Deployment
/// topology"); on SQLite the app runs as one node. The test uses node 2, which the browser test leaves running.
/// </remarks>
[Trait(DatabaseMatrix.Trait, DatabaseMatrix.PostgreSqlOnly)]
[Collection(ClusterCollection.Name)]
public sealed class SharedKeysTests(ClusterFixture fixture)
{
    [Fact]
    public async Task SignInCookieFromOneNode_IsAcceptedByTheOther_AndNotByAnotherDatabase()
    {
        using var client = new SignInClient(fixture.Cluster.Node2);
        var signIn = await client.SignInAsync(DemoOptions.EmailFor(Roles.Pathologist), OmicsWebFactory.DemoPassword, "/patients");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains(client.Cookies.GetAllCookies(), c => c.Name == "omics.auth");

        // Cookies are not tied to a port: the same jar carries the cookie to each app.
        using var onSameDatabase = await client.Http.GetAsync(new Uri(fixture.Setup.BaseAddress, "/patients"));
        using var onStranger = await client.Http.GetAsync(new Uri(fixture.Stranger.BaseAddress, "/patients"));

        Assert.Equal(HttpStatusCode.OK, onSameDatabase.StatusCode);
        // Signed in: the page offers to sign out.
        Assert.Contains("action=\"Account/Logout\"", await onSameDatabase.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, onStranger.StatusCode);
        Assert.Contains("/Account/Login", onStranger.Headers.Location?.ToString() ?? string.Empty, StringComparison.Ordinal);
    }
}
