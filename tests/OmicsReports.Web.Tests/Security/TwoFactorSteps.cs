using System.Net;
using System.Text.RegularExpressions;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Security;

/// <summary>Enrolment on the two-factor page as a person does it: start, read the key off the page, enter a code.</summary>
internal static partial class TwoFactorSteps
{
    public const string Page = "/Account/Manage/TwoFactor";

    public static async Task<string> EnrolAsync(SignInClient client, string email)
    {
        var started = WebUtility.HtmlDecode(await (await client.PostFormAsync(Page, "start-2fa", new Dictionary<string, string>())).Content.ReadAsStringAsync());
        var key = SharedKey().Match(started).Groups[1].Value.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        Assert.False(string.IsNullOrEmpty(key), $"No authenticator key on the page for {email}.");
        var enabled = await client.PostFormAsync(Page, "enable-2fa", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Contains("Two-factor sign-in is on.", WebUtility.HtmlDecode(await enabled.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        return key;
    }

    [GeneratedRegex("<kbd>([a-z0-9 ]+)</kbd>")]
    private static partial Regex SharedKey();
}
