using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace OmicsReports.Web.Tests.Infrastructure;

/// <summary>An HTTP client with its own cookie jar that signs in through the real sign-in form.</summary>
public sealed partial class SignInClient : IDisposable
{
    private readonly HttpClient client;

    /// <param name="from">
    /// The loopback address the connections come from; <see cref="OmicsWebFactory.TrustedProxy"/> makes this client a
    /// reverse proxy that the app trusts.
    /// </param>
    public SignInClient(Uri baseAddress, IPAddress? from = null)
    {
        var handler = new SocketsHttpHandler { CookieContainer = Cookies, AllowAutoRedirect = false, UseCookies = true };
        if (from is not null)
        {
            handler.ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(from, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            };
        }

        client = new HttpClient(handler) { BaseAddress = baseAddress };
    }

    public HttpClient Http => client;

    /// <summary>The cookie jar; copy it to replay this client's session from elsewhere.</summary>
    public CookieContainer Cookies { get; } = new();

    /// <summary>A second client that carries a copy of this client's cookies as they are now (a stolen or copied cookie).</summary>
    public SignInClient Replay()
    {
        var copy = new SignInClient(client.BaseAddress!);
        foreach (Cookie cookie in Cookies.GetAllCookies())
        {
            copy.Cookies.Add(new Cookie(cookie.Name, cookie.Value, cookie.Path, cookie.Domain));
        }

        return copy;
    }

    /// <summary>Posts the sign-in form; returns the response (a redirect on success, the form again on failure).</summary>
    public async Task<HttpResponseMessage> SignInAsync(string email, string password, string returnUrl = "/")
    {
        var form = await client.GetStringAsync($"/Account/Login?returnUrl={Uri.EscapeDataString(returnUrl)}");
        var token = AntiforgeryToken(form);
        Assert.False(string.IsNullOrEmpty(token), "The sign-in page has no antiforgery token.");
        return await client.PostAsync($"/Account/Login?returnUrl={Uri.EscapeDataString(returnUrl)}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
    }

    /// <summary>Signs out through the header's form, with the antiforgery token a page gave.</summary>
    public async Task<HttpResponseMessage> SignOutAsync()
    {
        var page = await client.GetStringAsync("/");
        return await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryToken(page),
        }));
    }

    /// <summary>Gets a static form page and posts one of its forms with the page's antiforgery token.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, string handler, IDictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(path);
        var values = new Dictionary<string, string>(fields)
        {
            ["_handler"] = handler,
            ["__RequestVerificationToken"] = AntiforgeryToken(page),
        };
        return await client.PostAsync(path, new FormUrlEncodedContent(values));
    }

    public void Dispose() => client.Dispose();

    /// <summary>The first antiforgery token of an HTML page.</summary>
    public static string AntiforgeryToken(string html) => AntiforgeryTokenPattern().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryTokenPattern();
}
