using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Data;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Identity;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Security;

/// <summary>
/// Issue 12, finding 10 (HTTP): behind a TLS proxy the cookies must be Secure and the audit must record the client,
/// not the proxy; forwarded headers count only from the proxies the settings name (the test app trusts 127.0.0.2).
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ForwardedHeadersTests(OmicsWebFactory app)
{
    private const string Client = "203.0.113.7";

    [Fact]
    public async Task FromTheConfiguredProxy_ClientAddressIsAudited_AndCookiesAreSecure()
    {
        var user = await app.CreateUserAsync(Roles.Oncologist);
        using var proxy = new SignInClient(app.BaseAddress, IPAddress.Parse(OmicsWebFactory.TrustedProxy));

        var response = await SignInThroughAsync(proxy, user.UserName);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var authCookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("omics.auth=", StringComparison.Ordinal));
        Assert.Contains("secure", authCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(Client, await SignInAddressAsync(user.UserId));
    }

    [Fact]
    public async Task FromAnyoneElse_ForwardedHeadersAreIgnored()
    {
        var user = await app.CreateUserAsync(Roles.Oncologist);
        using var direct = new SignInClient(app.BaseAddress, IPAddress.Loopback);

        var response = await SignInThroughAsync(direct, user.UserName);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var authCookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("omics.auth=", StringComparison.Ordinal));
        Assert.DoesNotContain("secure", authCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("127.0.0.1", await SignInAddressAsync(user.UserId));
    }

    /// <summary>The sign-in form as a TLS-terminating proxy would pass it on: X-Forwarded-For and -Proto added.</summary>
    private static async Task<HttpResponseMessage> SignInThroughAsync(SignInClient client, string email)
    {
        var form = await client.Http.GetStringAsync("/Account/Login");
        using var post = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "login",
                ["__RequestVerificationToken"] = SignInClient.AntiforgeryToken(form),
                ["Input.Email"] = email,
                ["Input.Password"] = TestActors.Password,
            }),
        };
        post.Headers.Add("X-Forwarded-For", Client);
        post.Headers.Add("X-Forwarded-Proto", "https");
        return await client.Http.SendAsync(post);
    }

    private async Task<string> SignInAddressAsync(string userId)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>().CreateDbContextAsync();
        return await db.AuditEntries.Where(e => e.Action == AuditActions.SignIn && e.UserId == userId).Select(e => e.RemoteAddress).SingleAsync();
    }
}
