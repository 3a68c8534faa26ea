using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace OmicsReports.Data.Audit;

/// <summary>
/// Appends audit entries, each in its own short-lived context so a failed operation still leaves its trace, and each
/// linked to the one before it (<see cref="AuditChain"/>).
/// </summary>
public sealed class AuditTrail
{
    /// <summary>The PostgreSQL advisory lock that serializes appends; the key is any constant ("omicsaul" in ASCII).</summary>
    private const string PostgreSqlLock = "SELECT pg_advisory_xact_lock(8029189586529908076)";

    /// <summary>One gate per SQLite database file (by connection string) in this process.</summary>
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> SqliteGates = new(StringComparer.Ordinal);

    private readonly IDbContextFactory<OmicsDbContext> contexts;
    private readonly TimeProvider clock;
    private readonly AuditGroupCommit groupCommit;

    public AuditTrail(IDbContextFactory<OmicsDbContext> contexts, TimeProvider clock)
    {
        this.contexts = contexts;
        this.clock = clock;
        groupCommit = new AuditGroupCommit(WriteBatchAsync);
    }

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

    /// <summary>
    /// Records a prepared entry; <see cref="AuditEntry.At"/> is set now if left empty. Returns once the entry is
    /// committed; concurrent entries share one commit (<see cref="AuditGroupCommit"/>).
    /// </summary>
    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        cancellationToken.ThrowIfCancellationRequested();
        if (entry.At == default)
        {
            entry.At = clock.GetUtcNow();
        }

        // Not cancelled once queued: the entry may be in the batch being committed, and the caller learns its fate.
        await groupCommit.AppendAsync(entry);
    }

    private async Task WriteBatchAsync(IReadOnlyList<AuditEntry> entries)
    {
        // Appends are serialized in every process and on every app node, so each entry links to the one before it:
        // on SQLite by a write transaction from its first statement (BEGIN IMMEDIATE, so the read of the last link
        // cannot go stale), on PostgreSQL by a transaction-scoped advisory lock, which needs no privilege on the table.
        await using var db = await contexts.CreateDbContextAsync();
        if (db.Database.IsSqlite())
        {
            // Other app instances of this process over the same file queue on a gate first: SQLite's busy handler
            // makes each waiting writer sleep and poll (1, 2, 5 … 100 ms), leaving the file idle between commits.
            // The busy timeout still covers other processes, such as the command line, writing to the same file.
            var gate = SqliteGates.GetOrAdd(db.Database.GetConnectionString() ?? string.Empty, _ => new SemaphoreSlim(1, 1));
            await gate.WaitAsync();
            try
            {
                await db.Database.OpenConnectionAsync();
                await using var immediate = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: false);
                await db.Database.UseTransactionAsync(immediate);
                await LinkAndSaveAsync(db, entries);
                await immediate.CommitAsync();
            }
            finally
            {
                // Opened by hand, so closed by hand: a pooled context goes back to the pool with its connection
                // still open otherwise, and in time every pooled context holds one SQLite connection (with its own
                // page cache) that SQLite's pool can never prune (issue 17, live circuits' memory).
                await db.Database.CloseConnectionAsync();
                gate.Release();
            }

            return;
        }

        // The whole unit is retried once on a new connection if the pooled one died with a server restart.
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var attempt = await contexts.CreateDbContextAsync();
            await using var transaction = await attempt.Database.BeginTransactionAsync();
            await attempt.Database.ExecuteSqlRawAsync(PostgreSqlLock);
            await LinkAndSaveAsync(attempt, entries);
            await transaction.CommitAsync();
        });
    }

    private static async Task LinkAndSaveAsync(OmicsDbContext db, IReadOnlyList<AuditEntry> entries)
    {
        var last = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync();
        var (sequence, hash) = (last?.Sequence ?? 0, last?.Hash);
        foreach (var entry in entries)
        {
            // A new row every time: an entry written again after its batch failed may carry the key of that attempt.
            entry.Id = 0;
            AuditChain.Link(entry, sequence, hash);
            (sequence, hash) = (entry.Sequence, entry.Hash);
        }

        db.AuditEntries.AddRange(entries);
        await db.SaveChangesAsync();
    }
}
