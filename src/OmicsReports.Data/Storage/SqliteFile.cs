using Microsoft.Data.Sqlite;

namespace OmicsReports.Data.Storage;

/// <summary>
/// Prepares the SQLite file before first use: its folder readable by the app's user only, the file itself too (it
/// holds patient data; SQLite gives its -wal and -shm files the same permissions), and write-ahead logging, which
/// lets readers go on while one writer commits and is kept in the file once set.
/// </summary>
public static class SqliteFile
{
    public static async Task PrepareAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        var path = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (path.Length == 0 || path.Equals(":memory:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        try
        {
            await CreateAsync(path, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DatabaseUnavailableException($"Cannot create the SQLite database {path}: {ex.Message}", ex);
        }

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task CreateAsync(string path, CancellationToken cancellationToken)
    {

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(folder))
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(folder);
            }
            else
            {
                Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        if (!File.Exists(path) && !OperatingSystem.IsWindows())
        {
            // An empty file is a valid empty database; creating it here is what sets its mode.
            var options = new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
            };
            try
            {
                await using (new FileStream(path, options))
                {
                }
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process created it a moment ago.
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
    }
}

/// <summary>The database cannot be used at all (its file cannot be created, say); start-up says so in one line.</summary>
public sealed class DatabaseUnavailableException(string message, Exception inner) : InvalidOperationException(message, inner);
