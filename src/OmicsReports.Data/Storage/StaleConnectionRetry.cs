using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace OmicsReports.Data.Storage;

/// <summary>
/// After a PostgreSQL restart, every idle connection in Npgsql's pool is dead, and Npgsql learns it only when one is
/// used: the first request after the restart would fail with "terminating connection due to administrator command".
/// This strategy clears the pool at the first such failure and runs the operation once more on a new connection.
/// It never retries inside a transaction the code began itself (the work before the failure is gone with the
/// connection, so repeating the last statement alone would be wrong); such a unit fails, and the pool is cleared for
/// the next one. An operation that was refused by a shutting-down or dead server never ran, so the retry cannot
/// apply it twice.
/// </summary>
public sealed class StaleConnectionRetry(ExecutionStrategyDependencies dependencies)
    : ExecutionStrategy(dependencies, maxRetryCount: 1, maxRetryDelay: TimeSpan.FromSeconds(1))
{
    private bool insideUserTransaction;

    /// <summary>True when the exception means the connection or the server went away, not that the SQL failed.</summary>
    public static bool IsBrokenConnection(Exception exception) => exception switch
    {
        // admin_shutdown, crash_shutdown, cannot_connect_now (the server is starting or stopping).
        PostgresException postgres => postgres.SqlState is "57P01" or "57P02" or "57P03",
        NpgsqlException npgsql => npgsql.InnerException is IOException or SocketException or EndOfStreamException,
        _ => false,
    };

    protected override void OnFirstExecution()
    {
        // The base class refuses to run inside a user transaction at all; here such units run, without a retry.
        var database = Dependencies.CurrentContext.Context.Database;
        insideUserTransaction = database.CurrentTransaction is not null || System.Transactions.Transaction.Current is not null;
    }

    protected override bool ShouldRetryOn(Exception exception)
    {
        if (!IsBrokenConnection(exception))
        {
            return false;
        }

        // Every other idle connection in the pool is as dead as this one: drop them all now.
        if (Dependencies.CurrentContext.Context.Database.GetDbConnection() is NpgsqlConnection connection)
        {
            NpgsqlConnection.ClearPool(connection);
        }

        return !insideUserTransaction;
    }

    // One quick retry: the stale connection is gone, and a new one is either there at once or the server is down.
    protected override TimeSpan? GetNextDelay(Exception lastException) =>
        ExceptionsEncountered.Count <= MaxRetryCount ? TimeSpan.FromMilliseconds(50) : null;
}
