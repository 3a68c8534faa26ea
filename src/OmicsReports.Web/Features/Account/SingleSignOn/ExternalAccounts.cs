using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Identity;

namespace OmicsReports.Web.Features.Account.SingleSignOn;

/// <summary>How an external sign-in ended.</summary>
public enum ExternalOutcome
{
    SignedIn,

    /// <summary>The provider sent no claim value that maps to a role.</summary>
    NoRole,

    /// <summary>Accounts must be pre-created, and none matches.</summary>
    NoAccount,

    /// <summary>The local account is locked.</summary>
    Locked,
}

/// <summary>
/// Lands an external sign-in on a local account: found by its provider login, else a pre-created account with the
/// same email (then linked), else created when the settings allow. The roles are the provider's, mapped, at every
/// sign-in; a change ends the account's other sessions. Without a mapped role nobody is signed in.
/// </summary>
public sealed class ExternalAccounts(
    UserManager<OmicsUser> users, SignInManager<OmicsUser> signIn, UserAccounts accounts, ExternalProviders providers, AuditTrail audit)
{
    public async Task<ExternalOutcome> SignInAsync(ClaimsPrincipal external, ExternalProvider provider, string remoteAddress)
    {
        ArgumentNullException.ThrowIfNull(external);
        ArgumentNullException.ThrowIfNull(provider);
        var key = Key(external, provider);
        var email = ProviderClaims.First(external, provider.Mapping.EmailClaim) ?? ProviderClaims.First(external, "email");
        var who = email ?? $"{key} at {provider.DisplayName}";
        var roles = RoleMapping.Map(external.Claims, provider.Mapping);
        var user = await users.FindByLoginAsync(provider.Scheme, key) ?? await LinkPreCreatedAsync(provider, key, email, remoteAddress);
        if (user is null && roles.Count > 0 && providers.Options.Accounts == SsoAccountCreation.OnFirstSignIn)
        {
            user = await CreateAsync(external, provider, key, email ?? key, roles, remoteAddress);
        }

        if (user is not null)
        {
            await SyncRolesAsync(user, roles, provider, remoteAddress);
        }

        if (roles.Count == 0 || user is null)
        {
            var why = roles.Count == 0
                ? $"through {provider.DisplayName}: no value of the claim '{provider.Mapping.RoleClaim}' maps to a role"
                : $"through {provider.DisplayName}: no account was created for this person beforehand";
            await RecordAsync(AuditActions.SignInRefused, user, user?.UserName ?? who, remoteAddress, why);
            return roles.Count == 0 ? ExternalOutcome.NoRole : ExternalOutcome.NoAccount;
        }

        if (await users.IsLockedOutAsync(user))
        {
            await RecordAsync(AuditActions.LockedOut, user, user.UserName!, remoteAddress, $"through {provider.DisplayName}");
            return ExternalOutcome.Locked;
        }

        // The provider did its own second factor; the scheme is kept as the authentication method, so signing a report
        // knows to re-authenticate there.
        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: provider.Scheme);
        await RecordAsync(AuditActions.SignIn, user, user.UserName!, remoteAddress, $"through {provider.DisplayName}");
        return ExternalOutcome.SignedIn;
    }

    /// <summary>The person's permanent id at the provider (Entra's object id, else <c>sub</c>).</summary>
    public static string Key(ClaimsPrincipal external, ExternalProvider provider)
    {
        ArgumentNullException.ThrowIfNull(external);
        ArgumentNullException.ThrowIfNull(provider);
        return ProviderClaims.First(external, provider.KeyClaim) ?? ProviderClaims.First(external, "sub")
            ?? throw new InvalidOperationException($"{provider.DisplayName} sent no '{provider.KeyClaim}' or 'sub' claim.");
    }

    private async Task<OmicsUser?> LinkPreCreatedAsync(ExternalProvider provider, string key, string? email, string remoteAddress)
    {
        // The email comes from the hospital's own provider, which the settings trust to vouch for it.
        if (string.IsNullOrWhiteSpace(email) || await users.FindByEmailAsync(email) is not { } user)
        {
            return null;
        }

        Throw(await users.AddLoginAsync(user, new UserLoginInfo(provider.Scheme, key, provider.DisplayName)), "link the account");
        await RecordAsync(AuditActions.UserCreated, user, user.UserName!, remoteAddress, $"linked to {provider.DisplayName} at first sign-in");
        return user;
    }

    private async Task<OmicsUser> CreateAsync(ClaimsPrincipal external, ExternalProvider provider, string key, string email, IReadOnlyList<string> roles, string remoteAddress)
    {
        var user = new OmicsUser
        {
            UserName = email,
            Email = email.Contains('@', StringComparison.Ordinal) ? email : null,
            EmailConfirmed = true,
            DisplayName = ProviderClaims.First(external, "name") ?? email,
        };
        Throw(await users.CreateAsync(user), "create the account");
        Throw(await users.AddLoginAsync(user, new UserLoginInfo(provider.Scheme, key, provider.DisplayName)), "link the account");
        await RecordAsync(AuditActions.UserCreated, user, user.UserName!, remoteAddress, $"created at first sign-in through {provider.DisplayName}, role {string.Join(", ", roles)}");
        return user;
    }

    private async Task SyncRolesAsync(OmicsUser user, IReadOnlyList<string> roles, ExternalProvider provider, string remoteAddress)
    {
        var before = await users.GetRolesAsync(user);
        if (before.ToHashSet(StringComparer.Ordinal).SetEquals(roles))
        {
            return;
        }

        var problems = await accounts.SetRolesAsync(user, roles);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"Could not set the roles of account {user.Id}: {string.Join(" ", problems)}");
        }

        await RecordAsync(AuditActions.RoleChanged, user, user.UserName!, remoteAddress,
            $"from {provider.DisplayName}: {(before.Count == 0 ? "none" : string.Join(", ", before))} → {(roles.Count == 0 ? "none" : string.Join(", ", roles))}");
    }

    private Task RecordAsync(string action, OmicsUser? user, string userName, string remoteAddress, string detail) =>
        audit.AppendAsync(new AuditEntry
        {
            Action = action,
            UserId = user?.Id ?? string.Empty,
            UserName = userName,
            TargetType = AuditTargets.User,
            TargetId = user?.Id ?? string.Empty,
            RemoteAddress = remoteAddress,
            Detail = detail,
        });

    private static void Throw(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
