using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace OmicsReports.Data.Identity;

/// <summary>Creates and removes accounts for the command line and the admin pages.</summary>
public sealed class UserAccounts(UserManager<OmicsUser> users, RoleManager<IdentityRole> roles, SessionEnding sessions)
{
    /// <summary>Creates the four roles if they are missing. Safe to run on every start.</summary>
    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Throw(await roles.CreateAsync(new IdentityRole(role)), $"create role {role}");
            }
        }
    }

    /// <summary>Creates an account with one role. Returns the problems Identity found, or none on success.</summary>
    public async Task<IReadOnlyList<string>> CreateAsync(string email, string role, string password, string displayName, bool isDemo = false)
    {
        var canonicalRole = Roles.Normalize(role);
        if (canonicalRole is null)
        {
            return [$"'{role}' is not a role. Use one of: {string.Join(", ", Roles.All)}."];
        }

        await EnsureRolesAsync();
        var user = new OmicsUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? email : displayName,
            IsDemo = isDemo,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return created.Errors.Select(e => e.Description).ToList();
        }

        var added = await users.AddToRoleAsync(user, canonicalRole);
        return added.Succeeded ? [] : added.Errors.Select(e => e.Description).ToList();
    }

    /// <summary>
    /// Gives an account exactly one role and ends its sessions, so the old role is not used a request longer. Returns
    /// the problems found, or none on success.
    /// </summary>
    public async Task<IReadOnlyList<string>> SetRoleAsync(string userId, string role)
    {
        var canonicalRole = Roles.Normalize(role);
        if (canonicalRole is null)
        {
            return [$"'{role}' is not a role. Use one of: {string.Join(", ", Roles.All)}."];
        }

        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return ["There is no such account."];
        }

        return await SetRolesAsync(user, [canonicalRole]);
    }

    /// <summary>
    /// Replaces the account's roles with <paramref name="wanted"/> (canonical names); when that changes anything, every
    /// session of the account ends (a role change must not wait for the next sign-in).
    /// </summary>
    public async Task<IReadOnlyList<string>> SetRolesAsync(OmicsUser user, IReadOnlyCollection<string> wanted)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(wanted);
        await EnsureRolesAsync();
        var current = await users.GetRolesAsync(user);
        var removed = await users.RemoveFromRolesAsync(user, current.Except(wanted, StringComparer.Ordinal));
        if (!removed.Succeeded)
        {
            return removed.Errors.Select(e => e.Description).ToList();
        }

        var added = await users.AddToRolesAsync(user, wanted.Except(current, StringComparer.Ordinal));
        if (!added.Succeeded)
        {
            return added.Errors.Select(e => e.Description).ToList();
        }

        if (!current.ToHashSet(StringComparer.Ordinal).SetEquals(wanted))
        {
            await sessions.EndAllAsync(user);
        }

        return [];
    }

    /// <summary>Sign-in names of the demo accounts that exist.</summary>
    public async Task<IReadOnlyList<string>> DemoAccountsAsync() =>
        await users.Users.Where(u => u.IsDemo).Select(u => u.UserName!).OrderBy(n => n).ToListAsync();

    /// <summary>Deletes every demo account; returns how many were removed.</summary>
    public async Task<int> RemoveDemoAccountsAsync()
    {
        var demo = await users.Users.Where(u => u.IsDemo).ToListAsync();
        foreach (var user in demo)
        {
            Throw(await users.DeleteAsync(user), $"delete {user.UserName}");
        }

        return demo.Count;
    }

    private static void Throw(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
