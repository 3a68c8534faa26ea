using Microsoft.AspNetCore.Identity;

namespace OmicsReports.Data.Identity;

/// <summary>
/// Ends every session of an account: a new security stamp makes every cookie issued before it invalid on its next
/// request, and open screens are told at once. Used for sign-out, password, two-factor and role changes.
/// </summary>
public sealed class SessionEnding(UserManager<OmicsUser> users, SessionRevocations revocations)
{
    public async Task EndAllAsync(OmicsUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var updated = await users.UpdateSecurityStampAsync(user);
        if (!updated.Succeeded)
        {
            throw new InvalidOperationException($"Could not end the sessions of account {user.Id}: {string.Join(" ", updated.Errors.Select(e => e.Description))}");
        }

        revocations.Notify(user.Id);
    }

    /// <summary>For changes that already wrote a new stamp (password, two-factor): tells the open screens.</summary>
    public void Ended(OmicsUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        revocations.Notify(user.Id);
    }
}
