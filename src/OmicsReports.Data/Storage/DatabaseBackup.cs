using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace OmicsReports.Data.Storage;

/// <summary>
/// A consistent copy of the whole database while the app keeps running (<c>omics db backup</c>): SQLite's online
/// backup into a new file, checked with <c>PRAGMA integrity_check</c>; on PostgreSQL <c>pg_dump</c> in its custom
/// format (restore with <c>pg_restore</c>), which keeps the triggers because they are part of the schema.
/// </summary>
public static class DatabaseBackup
{
    public static async Task<long> WriteAsync(OmicsDatabase database, string file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        var path = Path.GetFullPath(file);
        if (File.Exists(path))
        {
            throw new InvalidOperationException($"{path} exists; a backup never overwrites a file. Name a new one.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            await BackupSqliteAsync(database.ConnectionString, path, cancellationToken);
        }
        else
        {
            await DumpPostgreSqlAsync(database.MigrationConnectionString, path, cancellationToken);
        }

        return new FileInfo(path).Length;
    }

    private static async Task BackupSqliteAsync(string connectionString, string path, CancellationToken cancellationToken)
    {
        if (!OperatingSystem.IsWindows())
        {
            // The backup holds patient data: readable by this user only, like the database itself.
            await using (new FileStream(path, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite }))
            {
            }
        }

        await using var source = new SqliteConnection(connectionString);
        await source.OpenAsync(cancellationToken);
        await using var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ConnectionString);
        await destination.OpenAsync(cancellationToken);
        source.BackupDatabase(destination);
        await using var check = destination.CreateCommand();
        check.CommandText = "PRAGMA integrity_check;";
        var result = (string?)await check.ExecuteScalarAsync(cancellationToken);
        if (result != "ok")
        {
            throw new InvalidOperationException($"The backup in {path} failed SQLite's integrity check: {result}");
        }
    }

    private static async Task DumpPostgreSqlAsync(string connectionString, string path, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(PgDump()) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "--format=custom", "--no-password", $"--file={path}" })
        {
            start.ArgumentList.Add(argument);
        }

        // The password goes through the environment, never the command line, where other users could read it.
        start.Environment["PGHOST"] = connection.Host;
        start.Environment["PGPORT"] = connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGDATABASE"] = connection.Database;
        start.Environment["PGUSER"] = connection.Username;
        start.Environment["PGPASSWORD"] = connection.Password;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("pg_dump did not start.");
        var errors = await process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            File.Delete(path);
            throw new InvalidOperationException($"pg_dump failed ({process.ExitCode}): {errors.Trim()}");
        }
    }

    /// <summary>pg_dump from PATH, else the newest one Debian's PostgreSQL packages installed.</summary>
    private static string PgDump()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "pg_dump")).FirstOrDefault(File.Exists);
        if (onPath is not null)
        {
            return onPath;
        }

        const string debian = "/usr/lib/postgresql";
        var installed = Directory.Exists(debian)
            ? Directory.GetDirectories(debian).Select(d => Path.Combine(d, "bin", "pg_dump")).Where(File.Exists)
                .OrderByDescending(p => int.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(p))), out var v) ? v : 0).FirstOrDefault()
            : null;
        return installed ?? throw new InvalidOperationException("pg_dump was not found. Install the PostgreSQL client (Debian: postgresql-client).");
    }
}
