using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Data;
using OmicsReports.Data.Identity;

namespace OmicsReports.Cli.Commands;

/// <summary><c>omics db migrate</c>.</summary>
internal static class DatabaseCommands
{
    public static Command Create()
    {
        var migrate = new Command("migrate", "Apply pending database migrations and create the roles.");
        migrate.SetAction(async (_, cancellationToken) => await CliErrors.RunAsync(async () =>
        {
            using var host = CliHost.BuildDatabaseHost();
            await using var scope = host.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseStartup>().MigrateAsync(cancellationToken);
            await scope.ServiceProvider.GetRequiredService<UserAccounts>().EnsureRolesAsync();
            return ExitCodes.Success;
        }));

        var db = new Command("db", "Database administration.");
        db.Subcommands.Add(migrate);
        return db;
    }
}
