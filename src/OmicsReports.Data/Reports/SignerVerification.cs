using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Data.Identity;

namespace OmicsReports.Data.Reports;

/// <summary>The outcome of asking a signer for their credentials again.</summary>
/// <param name="DisplayName">The name printed in the signature block, when verified.</param>
public sealed record SignerCheck(bool Verified, string? DisplayName, string? Problem);

/// <summary>
/// Signing re-asks for the password, and for the authenticator code when the account uses two-factor sign-in, so
/// that a signature cannot be made from an unattended screen. Failures count towards lockout like sign-in does.
/// </summary>
/// <remarks>
/// Accounts of an identity provider have no password here, and with local accounts off (<c>Omics:Sso:LocalAccounts</c>)
/// no password counts: those sign after re-authenticating at the provider (<see cref="VerifyReauthenticatedAsync"/>).
/// </remarks>
public sealed class SignerVerification(IServiceScopeFactory scopes, IConfiguration configuration)
{
    private bool PasswordsAllowed => configuration.GetValue("Omics:Sso:LocalAccounts", true);

    public async Task<SignerCheck> VerifyAsync(string userId, string password, string? authenticatorCode)
    {
        // A fresh scope: UserManager holds a context, and circuits live for minutes.
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OmicsUser>>();
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return new SignerCheck(false, null, "Your account no longer exists.");
        }

        if (await users.IsLockedOutAsync(user))
        {
            return new SignerCheck(false, null, "Your account is locked after too many failed attempts. Try again later.");
        }

        if (!PasswordsAllowed || !await users.HasPasswordAsync(user))
        {
            return new SignerCheck(false, null, "Your account signs with your organisation's sign-in: use the button that confirms it there.");
        }

        if (string.IsNullOrEmpty(password) || !await users.CheckPasswordAsync(user, password))
        {
            await users.AccessFailedAsync(user);
            return new SignerCheck(false, null, "The password is not right. The report was not signed.");
        }

        if (await users.GetTwoFactorEnabledAsync(user))
        {
            var code = (authenticatorCode ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
            if (code.Length == 0 || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
            {
                await users.AccessFailedAsync(user);
                return new SignerCheck(false, null, "The authenticator code is not right. The report was not signed.");
            }
        }

        await users.ResetAccessFailedCountAsync(user);
        return new SignerCheck(true, string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName : user.DisplayName, null);
    }

    /// <summary>
    /// For a signer the web app has just re-authenticated at their identity provider: the account must still exist and
    /// not be locked.
    /// </summary>
    public async Task<SignerCheck> VerifyReauthenticatedAsync(string userId)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OmicsUser>>();
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return new SignerCheck(false, null, "Your account no longer exists.");
        }

        return await users.IsLockedOutAsync(user)
            ? new SignerCheck(false, null, "Your account is locked. The report was not signed.")
            : new SignerCheck(true, string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName : user.DisplayName, null);
    }

    /// <summary>True when the account must also give an authenticator code to sign.</summary>
    public async Task<bool> RequiresCodeAsync(string userId)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OmicsUser>>();
        var user = await users.FindByIdAsync(userId);
        return user is not null && await users.GetTwoFactorEnabledAsync(user);
    }
}
