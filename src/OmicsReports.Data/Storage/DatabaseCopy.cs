using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace OmicsReports.Data.Storage;

/// <summary>What a copy found, table by table: the source's fingerprint and whether the target's matched it.</summary>
public sealed record CopiedTable(TableFingerprint Source, TableFingerprint Target)
{
    public bool Matches => Source.Rows == Target.Rows && string.Equals(Source.Sha256, Target.Sha256, StringComparison.Ordinal);
}

/// <summary>
/// Moves a site's data from one database into an empty one of the same schema (<c>omics db copy</c>, typically a
/// SQLite pilot into PostgreSQL): migrates the target, copies every table in dependency order with its keys, then
/// compares every table's row count and content hash. Records keep their ids, so links, the audit chain and exported
/// report ids stay valid. The source is only read.
/// </summary>
public static class DatabaseCopy
{
    private const int Batch = 200;

    public static async Task<IReadOnlyList<CopiedTable>> CopyAsync(OmicsDatabase source, OmicsDatabase target, Action<string> progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(progress);
        await using var from = source.CreateContext();
        await using var to = target.CreateContext(asOwner: true);
        var types = TableFingerprints.InDependencyOrder(from.Model);
        if (types.SelectMany(t => t.GetProperties()).FirstOrDefault(p => p.IsShadowProperty()) is { } shadow)
        {
            throw new InvalidOperationException($"{shadow.DeclaringType.DisplayName()}.{shadow.Name} is a shadow property, which a copy would lose.");
        }

        if ((await from.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            throw new InvalidOperationException("The source database lacks migrations; run 'omics db migrate' on it first.");
        }

        await to.Database.MigrateAsync(cancellationToken);
        foreach (var type in types)
        {
            if (await CountAsync(to, type, cancellationToken) > 0)
            {
                throw new InvalidOperationException($"The target database is not empty (table {type.GetTableName()} has rows); copy only into a new database.");
            }
        }

        var copy = typeof(DatabaseCopy).GetMethod(nameof(CopyTableAsync), BindingFlags.NonPublic | BindingFlags.Static)!;
        foreach (var type in types)
        {
            var rows = await (Task<long>)copy.MakeGenericMethod(type.ClrType).Invoke(null, [from, to, cancellationToken])!;
            progress($"copied {type.GetTableName()}: {rows} row(s)");
        }

        if (target.Provider == DatabaseProvider.PostgreSQL)
        {
            await ResetIdentitiesAsync(to, types, cancellationToken);
        }

        var results = new List<CopiedTable>();
        await using var check = target.CreateContext(asOwner: true);
        foreach (var type in types)
        {
            results.Add(new CopiedTable(
                await TableFingerprints.OfAsync(from, type, cancellationToken),
                await TableFingerprints.OfAsync(check, type, cancellationToken)));
        }

        return results;
    }

    private static async Task<long> CopyTableAsync<T>(OmicsDbContext from, OmicsDbContext to, CancellationToken cancellationToken)
        where T : class
    {
        long rows = 0;
        var pending = 0;
        await foreach (var entity in from.Set<T>().AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            to.Set<T>().Add(entity);
            rows++;
            if (++pending == Batch)
            {
                await to.SaveChangesAsync(cancellationToken);
                to.ChangeTracker.Clear();
                pending = 0;
            }
        }

        await to.SaveChangesAsync(cancellationToken);
        to.ChangeTracker.Clear();
        return rows;
    }

    private static async Task<long> CountAsync(OmicsDbContext db, IEntityType type, CancellationToken cancellationToken)
    {
        var method = typeof(DatabaseCopy).GetMethod(nameof(CountTableAsync), BindingFlags.NonPublic | BindingFlags.Static)!;
        return await (Task<long>)method.MakeGenericMethod(type.ClrType).Invoke(null, [db, cancellationToken])!;
    }

    private static Task<long> CountTableAsync<T>(OmicsDbContext db, CancellationToken cancellationToken)
        where T : class => db.Set<T>().LongCountAsync(cancellationToken);

    /// <summary>Rows came with their ids, so each identity sequence moves past the largest one.</summary>
    private static async Task ResetIdentitiesAsync(OmicsDbContext db, IEnumerable<IEntityType> types, CancellationToken cancellationToken)
    {
        foreach (var type in types)
        {
            var key = type.FindPrimaryKey()!.Properties;
            if (key.Count != 1 || key[0].ClrType != typeof(long) && key[0].ClrType != typeof(int))
            {
                continue;
            }

            var table = type.GetTableName()!.Replace("\"", "\"\"", StringComparison.Ordinal);
            var column = key[0].GetColumnName().Replace("\"", "\"\"", StringComparison.Ordinal);
            var sql = $"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), COALESCE(MAX(\"{column}\"), 1), MAX(\"{column}\") IS NOT NULL) FROM \"{table}\"";
            await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
        }
    }
}
