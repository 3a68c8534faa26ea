using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Data;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Identity;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Security;

/// <summary>
/// Issue 12, finding 10 (privacy): the sign-in page never tells whether an account exists, and the audit trail names
/// a known account by its id, or "unknown account", never by what someone typed.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class SignInPrivacyTests(OmicsWebFactory app)
{
    [Fact]
    public async Task LockoutMessage_IsTheSameForExistingAndUnknownAccounts()
    {
        var known = await app.CreateUserAsync(Roles.Pathologist);
        var unknown = $"nobody-{Guid.NewGuid():N}@test.example";

        var knownMessages = await FailSixTimesAsync(known.UserName);
        var unknownMessages = await FailSixTimesAsync(unknown);

        Assert.Equal(knownMessages, unknownMessages);
        Assert.Contains("locked", knownMessages[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailedSignIn_AuditNamesTheAccountById_OrUnknownAccount_NeverTheTypedText()
    {
        var known = await app.CreateUserAsync(Roles.Oncologist);
        var typed = $"Jane Roe {Guid.NewGuid():N}@typed.example";
        using var client = new SignInClient(app.BaseAddress);

        await client.SignInAsync(known.UserName, "not-the-password");
        await client.SignInAsync(typed, "not-the-password");

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>().CreateDbContextAsync();
        var failures = await db.AuditEntries.AsNoTracking().Where(e => e.Action == AuditActions.SignInFailed).OrderByDescending(e => e.Id).Take(50).ToListAsync();
        Assert.Contains(failures, e => e.UserId == known.UserId && e.UserName == known.UserName);
        Assert.Contains(failures, e => e.UserId.Length == 0 && e.UserName == "unknown account");
        Assert.False(await db.AuditEntries.AnyAsync(e => e.UserName.Contains(typed) || e.Detail.Contains(typed) || e.TargetId.Contains(typed)));
    }

    /// <summary>Six wrong passwords (one more than the lockout limit); the alert text of each answer.</summary>
    private async Task<List<string>> FailSixTimesAsync(string email)
    {
        using var client = new SignInClient(app.BaseAddress);
        var messages = new List<string>();
        for (var attempt = 1; attempt <= 6; attempt++)
        {
            var response = await client.SignInAsync(email, "not-the-password");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            messages.Add(Alert().Match(WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync())).Groups[1].Value);
        }

        return messages;
    }

    [GeneratedRegex("role=\"alert\">([^<]*)<")]
    private static partial Regex Alert();
}
