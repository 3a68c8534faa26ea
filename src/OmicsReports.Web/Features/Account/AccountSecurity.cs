using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Identity;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Identity;

namespace OmicsReports.Web.Features.Account;

/// <summary>What the two-factor page shows: on, being set up (with the key to enter), or off.</summary>
internal sealed record TwoFactorState(bool Enabled, string? SharedKey, string? AuthenticatorUri, bool HasPassword);

/// <summary>The outcome of a change on the account pages, in words for the person who asked.</summary>
internal sealed record AccountChange(bool Succeeded, string Message, IReadOnlyList<string>? RecoveryCodes = null);

/// <summary>
/// Password and two-factor changes of the signed-in account. Reading the state writes nothing; each change ends the
/// account's other sessions (a new security stamp) and keeps this one (the cookie is re-issued), and is audited.
/// </summary>
internal sealed class AccountSecurity(UserManager<OmicsUser> users, SignInManager<OmicsUser> signIn, SessionEnding sessions, AuditTrail audit)
{
    private const string Issuer = "OmicsReports";

    public async Task<OmicsUser> UserAsync(ClaimsPrincipal principal) =>
        await users.GetUserAsync(principal) ?? throw new InvalidOperationException("A signed-in user has no account record.");

    /// <summary>Reads only: opening the page must not create a key (an unused key would be a secret nobody asked for).</summary>
    public async Task<TwoFactorState> TwoFactorAsync(OmicsUser user)
    {
        var enabled = await users.GetTwoFactorEnabledAsync(user);
        var key = enabled ? null : await users.GetAuthenticatorKeyAsync(user);
        return new TwoFactorState(enabled, key, key is null ? null : AuthenticatorUri(user, key), await users.HasPasswordAsync(user));
    }

    /// <summary>The person chose to set up an app: a fresh key is written now, and only now.</summary>
    public async Task<TwoFactorState> StartEnrolmentAsync(OmicsUser user)
    {
        await users.ResetAuthenticatorKeyAsync(user);
        await KeepThisSessionAsync(user);
        return await TwoFactorAsync(user);
    }

    public async Task<AccountChange> EnableTwoFactorAsync(OmicsUser user, string code, HttpContext context)
    {
        if (await users.GetAuthenticatorKeyAsync(user) is null)
        {
            return new AccountChange(false, "Start the set-up first: choose “Set up an authenticator app”.");
        }

        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Digits(code)))
        {
            return new AccountChange(false, "That code is not right. Check the time on your phone and enter the current code.");
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []).ToList();
        await KeepThisSessionAsync(user);
        await audit.RecordAsync(AuditActions.TwoFactorEnabled, context.User, AuditTargets.User, user.Id, RemoteAddress.Of(context));
        return new AccountChange(true, "Two-factor sign-in is on.", codes);
    }

    /// <summary>Turning the second factor off weakens the account, so it needs the password; wrong ones count to lockout.</summary>
    public async Task<AccountChange> DisableTwoFactorAsync(OmicsUser user, string password, HttpContext context)
    {
        if (string.IsNullOrEmpty(password) || !await users.CheckPasswordAsync(user, password))
        {
            await users.AccessFailedAsync(user);
            return new AccountChange(false, "The password is not right. Two-factor sign-in stays on.");
        }

        await users.ResetAccessFailedCountAsync(user);
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.RemoveAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey");
        await KeepThisSessionAsync(user);
        await audit.RecordAsync(AuditActions.TwoFactorDisabled, context.User, AuditTargets.User, user.Id, RemoteAddress.Of(context));
        return new AccountChange(true, "Two-factor sign-in is off. Set it up again from this page.");
    }

    public async Task<AccountChange> ChangePasswordAsync(OmicsUser user, string current, string replacement, HttpContext context)
    {
        if (!await users.HasPasswordAsync(user))
        {
            return new AccountChange(false, "Your account signs in through your organisation's sign-in, so it has no password here.");
        }

        var changed = await users.ChangePasswordAsync(user, current, replacement);
        if (!changed.Succeeded)
        {
            if (changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
            {
                await users.AccessFailedAsync(user);
                return new AccountChange(false, "The current password is not right. Nothing was changed.");
            }

            return new AccountChange(false, string.Join(" ", changed.Errors.Select(e => e.Description)));
        }

        await KeepThisSessionAsync(user);
        await audit.RecordAsync(AuditActions.PasswordChanged, context.User, AuditTargets.User, user.Id, RemoteAddress.Of(context));
        return new AccountChange(true, "Your password is changed. Your other sessions have ended; sign in there again.");
    }

    /// <summary>
    /// The change wrote a new security stamp, which ends every session; this one continues with a re-issued cookie,
    /// and open screens elsewhere are told at once.
    /// </summary>
    private async Task KeepThisSessionAsync(OmicsUser user)
    {
        await signIn.RefreshSignInAsync(user);
        sessions.Ended(user);
    }

    private static string Digits(string code) =>
        (code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);

    private static string AuthenticatorUri(OmicsUser user, string key) =>
        $"otpauth://totp/{UrlEncoder.Default.Encode(Issuer)}:{UrlEncoder.Default.Encode(user.Email ?? user.UserName ?? user.Id)}" +
        $"?secret={key}&issuer={UrlEncoder.Default.Encode(Issuer)}&digits=6";
}
