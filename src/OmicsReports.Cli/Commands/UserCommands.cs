using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Data.Identity;

namespace OmicsReports.Cli.Commands;

/// <summary><c>omics users add</c>, <c>omics users set-role</c> and <c>omics users remove-demo</c>.</summary>
internal static class UserCommands
{
    /// <summary>Environment variable that may carry the new account's password.</summary>
    public const string PasswordVariable = "OMICS_PASSWORD";

    public static Command Create()
    {
        var users = new Command("users", "Manage sign-in accounts.");
        users.Subcommands.Add(CreateAdd());
        users.Subcommands.Add(CreateSetRole());
        users.Subcommands.Add(CreateRemoveDemo());
        return users;
    }

    private static Command CreateAdd()
    {
        var email = new Option<string>("--email") { Description = "Sign-in email of the new account.", Required = true };
        var role = new Option<string>("--role") { Description = $"One of: {string.Join(", ", Roles.All)}.", Required = true };
        var name = new Option<string?>("--name") { Description = "Display name, e.g. \"Dr. A. Example\"; defaults to the email." };
        var add = new Command("add", $"Create an account. The password is read from {PasswordVariable} or from standard input, never from the command line.")
        {
            email, role, name,
        };
        add.SetAction(async (parse, _) => await CliErrors.RunAsync(async () =>
        {
            var password = PasswordInput.Read(PasswordVariable);
            if (string.IsNullOrEmpty(password))
            {
                await Console.Error.WriteLineAsync($"omics: no password given. Pipe it on standard input or set {PasswordVariable}.");
                return ExitCodes.BadInput;
            }

            using var host = CliHost.BuildDatabaseHost();
            await using var scope = host.Services.CreateAsyncScope();
            var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
            var problems = await accounts.CreateAsync(parse.GetValue(email)!, parse.GetValue(role)!, password, parse.GetValue(name) ?? string.Empty);
            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                {
                    await Console.Error.WriteLineAsync($"omics: {problem}");
                }

                return ExitCodes.BadInput;
            }

            Console.WriteLine($"Created {parse.GetValue(email)} with role {Roles.Normalize(parse.GetValue(role)!)}.");
            return ExitCodes.Success;
        }));
        return add;
    }

    private static Command CreateSetRole()
    {
        var email = new Option<string>("--email") { Description = "Sign-in email of the account.", Required = true };
        var role = new Option<string>("--role") { Description = $"One of: {string.Join(", ", Roles.All)}.", Required = true };
        var setRole = new Command("set-role", "Give an account one role instead of its current ones; its open sessions end at once.") { email, role };
        setRole.SetAction(async (parse, _) => await CliErrors.RunAsync(async () =>
        {
            using var host = CliHost.BuildDatabaseHost();
            await using var scope = host.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<OmicsUser>>();
            var user = await users.FindByEmailAsync(parse.GetValue(email)!);
            var problems = user is null
                ? [$"There is no account with the email {parse.GetValue(email)}."]
                : await scope.ServiceProvider.GetRequiredService<UserAccounts>().SetRoleAsync(user.Id, parse.GetValue(role)!);
            foreach (var problem in problems)
            {
                await Console.Error.WriteLineAsync($"omics: {problem}");
            }

            if (problems.Count > 0)
            {
                return ExitCodes.BadInput;
            }

            Console.WriteLine($"{parse.GetValue(email)} now has the role {Roles.Normalize(parse.GetValue(role)!)}; its sessions have ended.");
            return ExitCodes.Success;
        }));
        return setRole;
    }

    private static Command CreateRemoveDemo()
    {
        var removeDemo = new Command("remove-demo", "Delete every Development demo account (required before starting in Production).");
        removeDemo.SetAction(async (_, _) => await CliErrors.RunAsync(async () =>
        {
            using var host = CliHost.BuildDatabaseHost();
            await using var scope = host.Services.CreateAsyncScope();
            var removed = await scope.ServiceProvider.GetRequiredService<UserAccounts>().RemoveDemoAccountsAsync();
            Console.WriteLine($"Removed {removed} demo account(s).");
            return ExitCodes.Success;
        }));
        return removeDemo;
    }
}
