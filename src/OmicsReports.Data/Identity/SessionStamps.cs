using Microsoft.EntityFrameworkCore;

namespace OmicsReports.Data.Identity;

/// <summary>
/// What the per-request session check needs about one account: its security stamp, unless the account is locked out.
/// One primary-key read of the stamp and lockout columns, compiled once, without tracking the user entity.
/// </summary>
public sealed class SessionStamps(IDbContextFactory<OmicsDbContext> contexts, TimeProvider clock)
{
    private static readonly CompiledQuery<Func<OmicsDbContext, string, CancellationToken, Task<Account?>>> Read = new(() =>
        EF.CompileAsyncQuery((OmicsDbContext db, string id, CancellationToken cancellationToken) =>
            db.Users.AsNoTracking().Where(u => u.Id == id)
                .Select(u => new Account(u.SecurityStamp, u.LockoutEnabled, u.LockoutEnd))
                .FirstOrDefault()));

    /// <summary>
    /// The account's security stamp, or null when there is no such account or it is locked out (as Identity's
    /// <c>UserManager.IsLockedOutAsync</c> decides: lockout enabled and its end not yet passed).
    /// </summary>
    public async Task<string?> CurrentAsync(string userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var account = await Read.For(db)(db, userId, cancellationToken);
        if (account is null || (account.LockoutEnabled && account.LockoutEnd >= clock.GetUtcNow()))
        {
            return null;
        }

        return account.SecurityStamp;
    }

    private sealed record Account(string? SecurityStamp, bool LockoutEnabled, DateTimeOffset? LockoutEnd);
}
