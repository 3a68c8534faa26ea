using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OmicsReports.Data.Identity;

namespace OmicsReports.Data;

/// <summary>
/// Development demo data: one account per role and fictional patients whose cases show every kind of finding.
/// Never runs elsewhere. The patients need the importer and rules engine, which only a host that loaded the knowledge
/// base binds (the web app); elsewhere (<c>omics db migrate</c>) only the accounts are seeded.
/// </summary>
public sealed class DemoSeeder(UserAccounts accounts, IOptions<DemoOptions> options, IServiceProvider services)
{
    /// <summary>The demo sign-in names and password, for the start-up banner; empty when seeding is off.</summary>
    public DemoCredentials? Credentials { get; private set; }

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        if (!settings.Seed)
        {
            return;
        }

        var password = string.IsNullOrEmpty(settings.Password) ? GeneratePassword() : settings.Password;
        var existing = await accounts.DemoAccountsAsync();
        var emails = new List<string>();
        var configured = !string.IsNullOrEmpty(settings.Password);
        var createdAny = false;
        foreach (var role in Roles.All)
        {
            var email = DemoOptions.EmailFor(role);
            emails.Add(email);
            if (existing.Contains(email))
            {
                continue;
            }

            var problems = await accounts.CreateAsync(email, role, password, $"Demo {role}", isDemo: true);
            if (problems.Count > 0)
            {
                throw new InvalidOperationException($"Could not create demo account {email}: {string.Join(" ", problems)}");
            }

            createdAny = true;
        }

        // Accounts that existed before keep the password they were created with; a generated one is shown only once.
        Credentials = new DemoCredentials(emails, configured || createdAny ? password : null);
        if (services.GetService<Pipeline.ICaseImporter>() is not null && services.GetService<Pipeline.IReportEngine>() is not null)
        {
            await services.GetRequiredService<Demo.DemoCaseSeeder>().SeedAsync(cancellationToken);
        }
    }

    private static string GeneratePassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', 'x').Replace('/', 'y');
}

/// <summary>What the start-up banner shows; <see cref="Password"/> is null when the accounts pre-date this run.</summary>
public sealed record DemoCredentials(IReadOnlyList<string> SignInNames, string? Password);
