using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace OmicsReports.Data.Hosting;

/// <summary>Recognises "the database cannot be used" however EF Core wraps it, so start-up can say so in one line.</summary>
public static class DatabaseFailure
{
    /// <summary>
    /// True for connection, command and timeout failures on either provider, also when the retrying execution strategy
    /// has wrapped them in its "transient failure" <see cref="InvalidOperationException"/>.
    /// </summary>
    public static bool Is(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception is NpgsqlException or SqliteException or DbUpdateException or TimeoutException or Storage.DatabaseUnavailableException
            || exception.GetBaseException() is NpgsqlException or SqliteException or SocketException or TimeoutException;
    }

    /// <summary>What to check, for the provider in use.</summary>
    public static string Hint(Storage.DatabaseProvider provider) => provider == Storage.DatabaseProvider.PostgreSQL
        ? "Is PostgreSQL running and are ConnectionStrings:Omics (and OmicsOwner) right? scripts/run.sh --postgres starts it."
        : "Can the app write to its data folder (OMICS_DATA, default .omics)? Is ConnectionStrings:Omics right if set?";
}
