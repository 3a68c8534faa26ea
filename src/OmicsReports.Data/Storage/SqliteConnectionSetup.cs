using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OmicsReports.Data.Storage;

/// <summary>
/// Sets SQLite's busy timeout on every connection the app opens, so that a writer waits inside SQLite for another
/// writer to commit (up to <see cref="OmicsDatabase.SqliteBusyTimeout"/>) instead of failing with "database is locked".
/// </summary>
internal sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    public static readonly SqliteConnectionSetup Instance = new();

    private static readonly string Pragma = string.Create(CultureInfo.InvariantCulture,
        $"PRAGMA busy_timeout = {(int)OmicsDatabase.SqliteBusyTimeout.TotalMilliseconds};");

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
