using System.Net;
using OmicsReports.Data;
using OmicsReports.Data.Identity;
using OmicsReports.Testing;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Cluster;

/// <summary>
/// Two app nodes over one database share the Data Protection keys stored in it: a sign-in cookie issued by one node
/// is accepted by the other. A node on another database (other keys) refuses the same cookie, which shows the
/// acceptance comes from the shared keys and not from the cookie alone.
/// </summary>
[Trait(DatabaseMatrix.Trait, DatabaseMatrix.Both)]
public sealed class SharedKeysTests
{
    [Fact]
    public async Task SignInCookieFromOneNode_IsAcceptedByTheOther_AndNotByAnotherDatabase()
    {
        await using var database = await TestDatabase.CreateAsync();
        var one = await SharedNode.StartAsync(database, "node1");
        var two = await SharedNode.StartAsync(database, "node2");
        var stranger = new OmicsWebFactory();
        await stranger.InitializeAsync();
        try
        {
            using var client = new SignInClient(one.BaseAddress);
            var signIn = await client.SignInAsync(DemoOptions.EmailFor(Roles.Pathologist), OmicsWebFactory.DemoPassword, "/patients");
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            Assert.Contains(client.Cookies.GetAllCookies(), c => c.Name == "omics.auth");

            // Cookies are not tied to a port: the same jar carries the cookie to each node.
            using var onTwo = await client.Http.GetAsync(new Uri(two.BaseAddress, "/patients"));
            using var onStranger = await client.Http.GetAsync(new Uri(stranger.BaseAddress, "/patients"));

            Assert.Equal(HttpStatusCode.OK, onTwo.StatusCode);
            // Signed in: the page offers to sign out.
            Assert.Contains("action=\"Account/Logout\"", await onTwo.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Redirect, onStranger.StatusCode);
            Assert.Contains("/Account/Login", onStranger.Headers.Location?.ToString() ?? string.Empty, StringComparison.Ordinal);
        }
        finally
        {
            await stranger.DisposeTestAsync();
            await two.DisposeTestAsync();
            await one.DisposeTestAsync();
        }
    }
}
