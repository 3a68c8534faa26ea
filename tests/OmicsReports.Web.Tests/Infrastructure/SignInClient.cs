using System.Net;
using System.Text.RegularExpressions;

namespace OmicsReports.Web.Tests.Infrastructure;

/// <summary>An HTTP client with its own cookie jar that signs in through the real sign-in form.</summary>
public sealed partial class SignInClient : IDisposable
{
    private readonly HttpClient client;

    public SignInClient(Uri baseAddress)
    {
        client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = baseAddress,
        };
    }

    public HttpClient Http => client;

    /// <summary>Posts the sign-in form; returns the response (a redirect on success, the form again on failure).</summary>
    public async Task<HttpResponseMessage> SignInAsync(string email, string password, string returnUrl = "/")
    {
        var form = await client.GetStringAsync($"/Account/Login?returnUrl={Uri.EscapeDataString(returnUrl)}");
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token), "The sign-in page has no antiforgery token.");
        return await client.PostAsync($"/Account/Login?returnUrl={Uri.EscapeDataString(returnUrl)}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
    }

    public void Dispose() => client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
