using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Data.Identity;
using OmicsReports.Web.Tests.Infrastructure;
using OmicsReports.Testing;

namespace OmicsReports.Web.Tests.Integration;

[Collection(WebCollection.Name)]
[Trait(DatabaseMatrix.Trait, DatabaseMatrix.Both)]
public partial class TwoFactorTests(OmicsWebFactory app)
{
    private const string Password = "two-factor-passphrase";

    [Fact]
    public async Task UserWithAuthenticator_NeedsCurrentCode_AfterPassword()
    {
        var (email, key) = await CreateUserWithAuthenticatorAsync();
        using var client = new SignInClient(app.BaseAddress);

        var afterPassword = await client.SignInAsync(email, Password, "/patients");
        Assert.Equal(HttpStatusCode.Redirect, afterPassword.StatusCode);
        var secondStep = new Uri(app.BaseAddress, afterPassword.Headers.Location!).PathAndQuery;
        Assert.StartsWith("/Account/LoginWith2fa", secondStep, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/patients")).StatusCode);

        var wrong = await PostCodeAsync(client, secondStep, "000000" == Totp.Code(key, DateTimeOffset.UtcNow) ? "111111" : "000000");
        Assert.Contains("That code is not right", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var right = await PostCodeAsync(client, secondStep, Totp.Code(key, DateTimeOffset.UtcNow));
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/patients", new Uri(app.BaseAddress, right.Headers.Location!).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/patients")).StatusCode);
    }

    [Fact]
    public async Task TwoFactorPage_WithoutPasswordStep_SendsBackToSignIn()
    {
        using var client = new SignInClient(app.BaseAddress);

        var response = await client.Http.GetAsync("/Account/LoginWith2fa");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", new Uri(app.BaseAddress, response.Headers.Location!).PathAndQuery, StringComparison.Ordinal);
    }

    private async Task<(string Email, string Key)> CreateUserWithAuthenticatorAsync()
    {
        var email = $"totp-{Guid.NewGuid():N}@test.example";
        await using var scope = app.Services.CreateAsyncScope();
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(email, Roles.Oncologist, Password, "TOTP Test"));
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OmicsUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        return (email, (await users.GetAuthenticatorKeyAsync(user))!);
    }

    private static async Task<HttpResponseMessage> PostCodeAsync(SignInClient client, string path, string code)
    {
        var form = await client.Http.GetStringAsync(path);
        return await client.Http.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login-2fa",
            ["__RequestVerificationToken"] = Token().Match(form).Groups[1].Value,
            ["Input.Code"] = code,
            ["Input.RememberMachine"] = "false",
        }));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
