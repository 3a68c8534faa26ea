using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OmicsReports.Data;
using OmicsReports.Data.Identity;
using OmicsReports.Data.Storage;

namespace OmicsReports.Cli.Commands;

/// <summary><c>omics db migrate</c>, <c>omics db backup FILE</c> and <c>omics db copy --to CONNECTION</c>.</summary>
internal static class DatabaseCommands
{
    public static Command Create()
    {
        var db = new Command("db", "Database administration.");
        db.Subcommands.Add(CreateMigrate());
        db.Subcommands.Add(CreateBackup());
        db.Subcommands.Add(CreateCopy());
        db.Subcommands.Add(DatabaseReanalyzeCommand.Create());
        return db;
    }

    private static Command CreateMigrate()
    {
        var migrate = new Command("migrate", "Apply pending database migrations (as the owner), grant the app role its privileges, and create the roles.");
        migrate.SetAction(async (_, cancellationToken) => await CliErrors.RunAsync(async () =>
        {
            using var host = CliHost.BuildDatabaseHost();
            await using var scope = host.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseStartup>().MigrateAsync(cancellationToken);
            await scope.ServiceProvider.GetRequiredService<UserAccounts>().EnsureRolesAsync();
            return ExitCodes.Success;
        }));
        return migrate;
    }

    private static Command CreateBackup()
    {
        var file = new Argument<string>("file") { Description = "The backup file to write; it must not exist yet." };
        var backup = new Command("backup", "Write a consistent backup while the app runs: SQLite's online backup, or pg_dump (custom format) on PostgreSQL.")
        {
            file,
        };
        backup.SetAction(async (parse, cancellationToken) => await CliErrors.RunAsync(async () =>
        {
            using var host = CliHost.BuildDatabaseHost();
            var database = host.Services.GetRequiredService<OmicsDatabase>();
            var path = Path.GetFullPath(parse.GetValue(file)!);
            var bytes = await DatabaseBackup.WriteAsync(database, path, cancellationToken);
            Console.WriteLine($"Backed up the {database.Provider} database to {path} ({bytes:N0} bytes).");
            return ExitCodes.Success;
        }));
        return backup;
    }

    private static Command CreateCopy()
    {
        var to = new Option<string>("--to")
        {
            Description = "Connection to the new, empty PostgreSQL database, as its owner (e.g. \"Host=db;Database=omics;Username=omics_owner\"). " +
                          "Give the password in PGPASSWORD or ~/.pgpass, not here.",
            Required = true,
        };
        var copy = new Command("copy", "Copy every table of the configured database into a new PostgreSQL database, then compare each table's row count and content hash.")
        {
            to,
        };
        copy.SetAction(async (parse, cancellationToken) => await CliErrors.RunAsync(async () =>
        {
            var connection = parse.GetValue(to)!;
            if (!string.IsNullOrEmpty(new NpgsqlConnectionStringBuilder(connection).Password))
            {
                await Console.Error.WriteLineAsync("omics: warning: the password in --to is visible to other users of this machine; prefer PGPASSWORD.");
            }

            using var host = CliHost.BuildDatabaseHost();
            var source = host.Services.GetRequiredService<OmicsDatabase>();
            var target = OmicsDatabase.For(DatabaseProvider.PostgreSQL, connection);
            var tables = await DatabaseCopy.CopyAsync(source, target, message => Console.Error.WriteLine(message), cancellationToken);
            foreach (var table in tables)
            {
                var verdict = table.Matches ? "same" : $"DIFFERENT (target: {table.Target.Rows} rows, {table.Target.Sha256[..16]}…)";
                Console.WriteLine($"{table.Source.Table,-24} {table.Source.Rows,8} rows  sha256 {table.Source.Sha256[..16]}…  {verdict}");
            }

            var different = tables.Where(t => !t.Matches).Select(t => t.Source.Table).ToList();
            if (different.Count > 0)
            {
                await Console.Error.WriteLineAsync($"omics: the copy differs from the source in {string.Join(", ", different)}; do not switch to it.");
                return ExitCodes.IntegrityFailure;
            }

            Console.WriteLine($"Copied {tables.Count} tables; every row count and content hash matches. Point the settings at PostgreSQL, then run 'omics db migrate'.");
            return ExitCodes.Success;
        }));
        return copy;
    }
}
