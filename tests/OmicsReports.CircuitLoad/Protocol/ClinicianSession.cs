using System.Net;
using System.Text.RegularExpressions;

namespace OmicsReports.CircuitLoad.Protocol;

/// <summary>
/// One signed-in person for the protocol client: the cookies of one real sign-in through the form, shared by the
/// circuits of that person (as tabs of one browser would), and the HTTP client that fetches their pages.
/// </summary>
internal sealed partial class ClinicianSession : IDisposable
{
    private ClinicianSession(Uri baseAddress, CookieContainer cookies, HttpClient http)
    {
        BaseAddress = baseAddress;
        Cookies = cookies;
        Http = http;
    }

    public Uri BaseAddress { get; }

    public CookieContainer Cookies { get; }

    public HttpClient Http { get; }

    /// <summary>Signs in through the sign-in page's form, with its hidden fields (handler name, antiforgery token).</summary>
    public static async Task<ClinicianSession> SignInAsync(Uri baseAddress, string email, string password, CancellationToken cancellationToken)
    {
        var cookies = new CookieContainer();
#pragma warning disable CA2000 // the session owns the handler through its client
        var handler = new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false };
#pragma warning restore CA2000
        var http = new HttpClient(handler, disposeHandler: true) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var session = new ClinicianSession(baseAddress, cookies, http);
        try
        {
            var form = await http.GetStringAsync(new Uri("/Account/Login", UriKind.Relative), cancellationToken);
            var fields = Hidden().Matches(form)
                .Select(m => (Name: Attr(m.Value, "name"), Value: Attr(m.Value, "value") ?? string.Empty))
                .Where(f => f.Name is not null)
                .Select(f => new KeyValuePair<string, string>(f.Name!, f.Value))
                .ToList();
            fields.Add(new("Input.Email", email));
            fields.Add(new("Input.Password", password));
            using var body = new FormUrlEncodedContent(fields);
            using var response = await http.PostAsync(new Uri("/Account/Login", UriKind.Relative), body, cancellationToken);
            var location = response.Headers.Location?.ToString() ?? string.Empty;
            if ((int)response.StatusCode is < 300 or >= 400 || location.Contains("/Account/Login", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"Signing in as {email} failed: {(int)response.StatusCode} to '{location}'.");
            }

            return session;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    public void Dispose() => Http.Dispose();

    private static string? Attr(string tag, string name)
    {
        var match = Regex.Match(tag, $"\\s{name}=\"(?<v>[^\"]*)\"", RegexOptions.None, TimeSpan.FromSeconds(1));
        return match.Success ? WebUtility.HtmlDecode(match.Groups["v"].Value) : null;
    }

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*>")]
    private static partial Regex Hidden();
}
