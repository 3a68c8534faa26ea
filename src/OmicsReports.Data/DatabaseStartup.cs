using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OmicsReports.Data.Identity;
using OmicsReports.Data.Storage;

namespace OmicsReports.Data;

/// <summary>
/// What the app does with its database before it serves anything: apply migrations (or refuse a schema that lacks
/// some), make sure the roles exist, seed demo data in Development, and refuse to run in Production while a demo
/// account exists.
/// </summary>
public sealed partial class DatabaseStartup(
    OmicsDatabase database,
    UserAccounts accounts,
    DemoSeeder demo,
    IConfiguration configuration,
    IHostEnvironment environment,
    ILogger<DatabaseStartup> logger)
{
    /// <summary>Runs the start-up steps; throws <see cref="DemoAccountsInProductionException"/> when it must not start.</summary>
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        if (configuration.GetValue("Omics:Database:MigrateOnStartup", true))
        {
            await MigrateAsync(cancellationToken);
        }
        else
        {
            await RequireMigratedAsync(cancellationToken);
        }

        await accounts.EnsureRolesAsync();

        if (environment.IsDevelopment())
        {
            await demo.SeedAsync(cancellationToken);
        }
        else if (environment.IsProduction())
        {
            var demoAccounts = await accounts.DemoAccountsAsync();
            if (demoAccounts.Count > 0)
            {
                throw new DemoAccountsInProductionException(demoAccounts);
            }
        }
    }

    /// <summary>
    /// Applies pending migrations with the owner's connection and logs which ones ran; on PostgreSQL with a separate
    /// app role, then grants that role exactly what it needs (<see cref="PostgreSqlPrivileges"/>).
    /// </summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            await SqliteFile.PrepareAsync(database.ConnectionString, cancellationToken);
        }

        await using var db = database.CreateContext(asOwner: true);
        var pending = await PendingAsync(db, cancellationToken);
        if (pending.Count == 0)
        {
            LogUpToDate(logger);
        }
        else
        {
            await db.Database.MigrateAsync(cancellationToken);
            LogMigrated(logger, pending.Count, pending);
        }

        if (database.SeparateAppRole is { } appRole)
        {
            await PostgreSqlPrivileges.GrantAsync(db, appRole, cancellationToken);
            LogGranted(logger, appRole);
        }
    }

    /// <summary>When the app does not migrate, it refuses to run on a schema older than itself.</summary>
    private async Task RequireMigratedAsync(CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToHashSet();
        var pending = db.Database.GetMigrations().Where(id => !applied.Contains(id)).ToList();
        if (pending.Count > 0)
        {
            throw new DatabaseSchemaException(
                $"The database lacks {pending.Count} migration(s) ({string.Join(", ", pending)}). Run 'omics db migrate' " +
                "with the owner's connection, then start the app again.");
        }
    }

    private static async Task<List<string>> PendingAsync(OmicsDbContext db, CancellationToken cancellationToken)
    {
        // The provider answers "does the history table exist?" by querying it, which logs a failed command on a new
        // database: a frightening first line for a new user. Creating it if missing (a no-op otherwise) avoids that.
        var history = db.GetService<IHistoryRepository>();
        await history.CreateIfNotExistsAsync(cancellationToken);
        var applied = (await history.GetAppliedMigrationsAsync(cancellationToken)).Select(m => m.MigrationId).ToHashSet();
        return db.Database.GetMigrations().Where(id => !applied.Contains(id)).ToList();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database schema is up to date.")]
    private static partial void LogUpToDate(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied {Count} migration(s): {Migrations}")]
    private static partial void LogMigrated(ILogger logger, int count, IReadOnlyList<string> migrations);

    [LoggerMessage(Level = LogLevel.Information, Message = "Granted the app role {Role} its privileges; it owns nothing.")]
    private static partial void LogGranted(ILogger logger, string role);
}

/// <summary>Thrown at start-up in Production while demo accounts exist.</summary>
public sealed class DemoAccountsInProductionException(IReadOnlyList<string> accounts)
    : Exception($"Refusing to start in Production: {accounts.Count} demo account(s) exist ({string.Join(", ", accounts)}). " +
                "Remove them with 'omics users remove-demo'.")
{
    public IReadOnlyList<string> Accounts { get; } = accounts;
}

/// <summary>Thrown at start-up when the app may not migrate and the schema is older than the app.</summary>
public sealed class DatabaseSchemaException(string message) : InvalidOperationException(message);
