using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace OmicsReports.Data.Hosting;

/// <summary>
/// Recognises "the database cannot be reached right now" (server down, restarting, refusing connections, no
/// connection free in time, SQLite file locked or unreadable), as opposed to a bad query or a rule the data broke.
/// Pages answer it with a retry message instead of an error page (issue 17, faults).
/// </summary>
public static class DatabaseOutage
{
    // SQLITE_BUSY, SQLITE_LOCKED, SQLITE_IOERR, SQLITE_CANTOPEN.
    private static readonly int[] SqliteUnavailable = [5, 6, 10, 14];

    public static bool Is(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case PostgresException postgres:
                    // 57P0x: shutting down or starting; 53300: too many connections; 08xxx: connection failures.
                    return postgres.SqlState.StartsWith("57P", StringComparison.Ordinal)
                        || postgres.SqlState == "53300" || postgres.SqlState.StartsWith("08", StringComparison.Ordinal);
                case NpgsqlException npgsql when npgsql.IsTransient:
                case SocketException:
                case TimeoutException:
                case Storage.DatabaseUnavailableException:
                    return true;
                case SqliteException sqlite:
                    return SqliteUnavailable.Contains(sqlite.SqliteErrorCode & 0xFF);
            }
        }

        return false;
    }
}
