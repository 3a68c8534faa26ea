using System.Security.Claims;
using Microsoft.EntityFrameworkCore;

namespace OmicsReports.Data.Audit;

/// <summary>Appends audit entries, each in its own short-lived context so a failed operation still leaves its trace.</summary>
public sealed class AuditTrail(IDbContextFactory<OmicsDbContext> contexts, TimeProvider clock)
{
    /// <summary>Records one event by a signed-in (or anonymous) user.</summary>
    public async Task RecordAsync(
        string action,
        ClaimsPrincipal? user,
        string targetType,
        string targetId,
        string remoteAddress,
        string detail = "",
        CancellationToken cancellationToken = default)
    {
        var entry = new AuditEntry
        {
            At = clock.GetUtcNow(),
            UserId = user?.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty,
            UserName = user?.Identity?.Name ?? string.Empty,
            Action = action,
            TargetType = targetType,
            TargetId = targetId,
            RemoteAddress = remoteAddress,
            Detail = detail.Length > 2000 ? detail[..2000] : detail,
        };
        await AppendAsync(entry, cancellationToken);
    }

    /// <summary>Records a prepared entry; <see cref="AuditEntry.At"/> is set now if left empty.</summary>
    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.At == default)
        {
            entry.At = clock.GetUtcNow();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
    }
}
