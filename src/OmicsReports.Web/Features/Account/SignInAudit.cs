using Microsoft.AspNetCore.Identity;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Identity;

namespace OmicsReports.Web.Features.Account;

/// <summary>
/// Audits password sign-ins without keeping what was typed: a known account is named by its id and stored sign-in
/// name, anything else as "unknown account" (a mistyped email can be a password, or someone else's name).
/// </summary>
internal sealed class SignInAudit(UserManager<OmicsUser> users, AuditTrail audit)
{
    public const string UnknownAccount = "unknown account";

    /// <summary>The one message for every refused password sign-in, so the page never tells whether an account exists.</summary>
    public static string Refused(int maxAttempts, TimeSpan lockout) =>
        $"Sign-in failed: the email or password is not right, or the account is locked after {maxAttempts} failed attempts. " +
        $"Try again, wait {lockout.TotalMinutes:0} minutes, or ask an administrator to unlock it.";

    public async Task RecordAsync(string action, string typedName, string remoteAddress, string detail = "")
    {
        var user = string.IsNullOrWhiteSpace(typedName) ? null : await users.FindByNameAsync(typedName) ?? await users.FindByEmailAsync(typedName);
        await audit.AppendAsync(new AuditEntry
        {
            Action = action,
            UserId = user?.Id ?? string.Empty,
            UserName = user?.UserName ?? UnknownAccount,
            TargetType = AuditTargets.User,
            TargetId = user?.Id ?? string.Empty,
            RemoteAddress = remoteAddress,
            Detail = detail,
        });
    }
}
