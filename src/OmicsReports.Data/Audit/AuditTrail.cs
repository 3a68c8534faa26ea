using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace OmicsReports.Data.Audit;

/// <summary>
/// Appends audit entries, each in its own short-lived context so a failed operation still leaves its trace, and each
/// linked to the one before it (<see cref="AuditChain"/>).
/// </summary>
public sealed class AuditTrail(IDbContextFactory<OmicsDbContext> contexts, TimeProvider clock)
{
    /// <summary>The PostgreSQL advisory lock that serializes appends; the key is any constant ("omicsaul" in ASCII).</summary>
    private const string PostgreSqlLock = "SELECT pg_advisory_xact_lock(8029189586529908076)";

    /// <summary>One gate per SQLite database file (by connection string) in this process.</summary>
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> SqliteGates = new(StringComparer.Ordinal);

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

        // Appends are serialized in every process and on every app node, so each entry links to the one before it:
        // on SQLite by a write transaction from its first statement (BEGIN IMMEDIATE, so the read of the last link
        // cannot go stale), on PostgreSQL by a transaction-scoped advisory lock, which needs no privilege on the table.
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // Appenders of this process queue on a gate first: SQLite's busy handler makes each waiting writer sleep
            // and poll (1, 2, 5 … 100 ms), leaving the file idle between commits while views wait. The busy timeout
            // still covers other processes, such as the command line, writing to the same file.
            var gate = SqliteGates.GetOrAdd(db.Database.GetConnectionString() ?? string.Empty, _ => new SemaphoreSlim(1, 1));
            await gate.WaitAsync(cancellationToken);
            try
            {
                await db.Database.OpenConnectionAsync(cancellationToken);
                await using var immediate = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: false);
                await db.Database.UseTransactionAsync(immediate, cancellationToken);
                await LinkAndSaveAsync(db, entry, cancellationToken);
                await immediate.CommitAsync(cancellationToken);
            }
            finally
            {
                gate.Release();
            }

            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(PostgreSqlLock, cancellationToken);
        await LinkAndSaveAsync(db, entry, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task LinkAndSaveAsync(OmicsDbContext db, AuditEntry entry, CancellationToken cancellationToken)
    {
        var last = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(cancellationToken);
        AuditChain.Link(entry, last?.Sequence ?? 0, last?.Hash);
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
    }
}
