using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace OmicsReports.Data.Hosting;

/// <summary>Recognises "the database cannot be used" however EF Core wraps it, so start-up can say so in one line.</summary>
public static class DatabaseFailure
{
    /// <summary>
    /// True for connection, command and timeout failures, also when the retrying execution strategy has wrapped them
    /// in its "transient failure" <see cref="InvalidOperationException"/>.
    /// </summary>
    public static bool Is(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception is NpgsqlException or DbUpdateException or TimeoutException
            || exception.GetBaseException() is NpgsqlException or SocketException or TimeoutException;
    }
}
