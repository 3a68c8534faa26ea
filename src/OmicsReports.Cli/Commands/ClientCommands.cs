using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Data.Api;

namespace OmicsReports.Cli.Commands;

/// <summary><c>omics clients add</c>: machine clients of the laboratory API (docs/interop.md, "Clients and scopes").</summary>
internal static class ClientCommands
{
    public static Command Create()
    {
        var clients = new Command("clients", "Manage the laboratory systems that call /api/v1.");
        clients.Subcommands.Add(CreateAdd());
        return clients;
    }

    private static Command CreateAdd()
    {
        var name = new Option<string>("--name") { Description = "A name people recognise in the audit trail, e.g. LIS.", Required = true };
        var scopes = new Option<string>("--scopes") { Description = $"Comma-separated, from: {string.Join(", ", ApiScopes.All)}.", Required = true };
        var add = new Command("add", "Create a client. Its secret is printed once and only its hash is stored: keep it now.") { name, scopes };
        add.SetAction(async (parse, _) => await CliErrors.RunAsync(async () =>
        {
            using var host = CliHost.BuildDatabaseHost();
            var (client, problems) = await host.Services.GetRequiredService<ApiClients>()
                .CreateAsync(parse.GetValue(name)!, parse.GetValue(scopes)!, $"omics clients add ({Environment.UserName})");
            if (client is null)
            {
                foreach (var problem in problems)
                {
                    await Console.Error.WriteLineAsync($"omics: {problem}");
                }

                return ExitCodes.BadInput;
            }

            Console.WriteLine($"Created client {client.Name} with scopes {string.Join(", ", client.Scopes)}.");
            Console.WriteLine($"client_id:     {client.Id}");
            Console.WriteLine($"client_secret: {client.Secret}");
            Console.WriteLine("The secret is shown only now; store it in the laboratory system's secret store.");
            return ExitCodes.Success;
        }));
        return add;
    }
}
