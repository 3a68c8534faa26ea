using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OmicsReports.Data.Identity;

namespace OmicsReports.Data;

/// <summary>
/// What the app does with its database before it serves anything: apply migrations, make sure the roles exist,
/// seed demo data in Development, and refuse to run in Production while a demo account exists.
/// </summary>
public sealed partial class DatabaseStartup(
    OmicsDbContext db,
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

    /// <summary>Applies pending migrations and logs which ones ran.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        // The provider answers "does the history table exist?" by querying it, which logs a failed command on a new
        // database: a frightening first line for a new user. Creating it if missing (a no-op otherwise) avoids that.
        var history = db.GetService<IHistoryRepository>();
        await history.CreateIfNotExistsAsync(cancellationToken);

        var applied = (await history.GetAppliedMigrationsAsync(cancellationToken)).Select(m => m.MigrationId).ToHashSet();
        var pending = db.Database.GetMigrations().Where(id => !applied.Contains(id)).ToList();
        if (pending.Count == 0)
        {
            LogUpToDate(logger);
            return;
        }

        await db.Database.MigrateAsync(cancellationToken);
        LogMigrated(logger, pending.Count, pending);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database schema is up to date.")]
    private static partial void LogUpToDate(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied {Count} migration(s): {Migrations}")]
    private static partial void LogMigrated(ILogger logger, int count, IReadOnlyList<string> migrations);
}

/// <summary>Thrown at start-up in Production while demo accounts exist.</summary>
public sealed class DemoAccountsInProductionException(IReadOnlyList<string> accounts)
    : Exception($"Refusing to start in Production: {accounts.Count} demo account(s) exist ({string.Join(", ", accounts)}). " +
                "Remove them with 'omics users remove-demo'.")
{
    public IReadOnlyList<string> Accounts { get; } = accounts;
}
