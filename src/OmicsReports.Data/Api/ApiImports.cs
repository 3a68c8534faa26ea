using Microsoft.EntityFrameworkCore;

namespace OmicsReports.Data.Api;

/// <summary>
/// The rows behind /api/v1/imports: created when a POST is accepted, moved on by the import worker, read by the
/// status endpoint. A client sees only its own imports.
/// </summary>
public sealed class ApiImports(IDbContextFactory<OmicsDbContext> contexts, TimeProvider clock)
{
    /// <summary>
    /// Registers a new queued import, or, when the client sent this Idempotency-Key before, returns that first
    /// import instead (<c>Existing</c> true) and registers nothing.
    /// </summary>
    public async Task<(ApiImportRecord Import, bool Existing)> BeginAsync(Guid clientId, string? idempotencyKey, string requestSha256, CancellationToken cancellationToken)
    {
        if (idempotencyKey is not null && await FindByKeyAsync(clientId, idempotencyKey, cancellationToken) is { } earlier)
        {
            return (earlier, true);
        }

        var record = new ApiImportRecord
        {
            Id = Guid.NewGuid(), ClientId = clientId, IdempotencyKey = idempotencyKey, RequestSha256 = requestSha256, CreatedAt = clock.GetUtcNow(),
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ApiImports.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return (record, false);
        }
        catch (DbUpdateException) when (idempotencyKey is not null)
        {
            // Two retries raced: the unique key let one in, and this one answers with that one's import.
            return (await FindByKeyAsync(clientId, idempotencyKey, cancellationToken) ?? throw new InvalidOperationException("The import key was refused but no import holds it."), true);
        }
    }

    /// <summary>Forgets an import that could not be queued, so a retry with its key imports after all.</summary>
    public async Task AbandonAsync(Guid importId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.ApiImports.Where(i => i.Id == importId && i.Status == ApiImportStatus.Queued).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task<ApiImportRecord?> FindAsync(Guid clientId, Guid importId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ApiImports.AsNoTracking().SingleOrDefaultAsync(i => i.Id == importId && i.ClientId == clientId, cancellationToken);
    }

    /// <summary>Moves an import on; a final status also stores the outcome.</summary>
    public async Task SetStatusAsync(Guid importId, string status, ApiImportResult? result, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.ApiImports.SingleAsync(i => i.Id == importId, cancellationToken);
        record.Status = status;
        if (result is not null)
        {
            record.ResultJson = result.ToJson();
            record.CompletedAt = clock.GetUtcNow();
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Imports still queued or running though created before <paramref name="createdBefore"/>: their node stopped,
    /// and their files were only in its memory, so they cannot resume. They fail with a message that says so (nothing
    /// of them was stored, as an import stores all or nothing). The cut-off lies beyond the longest a live import can
    /// take, so another node's work in progress is never touched.
    /// </summary>
    public async Task<int> FailInterruptedAsync(DateTimeOffset createdBefore, string message, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var open = await db.ApiImports
            .Where(i => (i.Status == ApiImportStatus.Queued || i.Status == ApiImportStatus.Running) && i.CreatedAt < createdBefore).ToListAsync(cancellationToken);
        var result = new ApiImportResult([], [Domain.Cases.ImportProblem.Error("interrupted", "(upload)", 0, null, message)]).ToJson();
        foreach (var record in open)
        {
            (record.Status, record.ResultJson, record.CompletedAt) = (ApiImportStatus.Failed, result, clock.GetUtcNow());
        }

        await db.SaveChangesAsync(cancellationToken);
        return open.Count;
    }

    private async Task<ApiImportRecord?> FindByKeyAsync(Guid clientId, string key, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ApiImports.AsNoTracking().SingleOrDefaultAsync(i => i.ClientId == clientId && i.IdempotencyKey == key, cancellationToken);
    }
}
