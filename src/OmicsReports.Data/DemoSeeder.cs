using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OmicsReports.Data.Identity;
using OmicsReports.Data.Patients;

namespace OmicsReports.Data;

/// <summary>Development demo data: one account per role and a few fictional patients. Never runs elsewhere.</summary>
public sealed class DemoSeeder(OmicsDbContext db, UserAccounts accounts, IOptions<DemoOptions> options, TimeProvider clock)
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
        await SeedPatientsAsync(cancellationToken);
    }

    private async Task SeedPatientsAsync(CancellationToken cancellationToken)
    {
        if (await db.Patients.AnyAsync(p => p.Mrn.StartsWith("DEMO-"), cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        db.Patients.AddRange(
            new PatientRecord { Id = Guid.NewGuid(), Mrn = "DEMO-0001", FamilyName = "Lindqvist", GivenName = "Maja", BirthDate = new DateOnly(1961, 3, 14), Sex = "female", CreatedAt = now },
            new PatientRecord { Id = Guid.NewGuid(), Mrn = "DEMO-0002", FamilyName = "Okafor", GivenName = "Chidi", BirthDate = new DateOnly(1958, 11, 2), Sex = "male", CreatedAt = now },
            new PatientRecord { Id = Guid.NewGuid(), Mrn = "DEMO-0003", FamilyName = "Müller", GivenName = "Jürgen", BirthDate = new DateOnly(1970, 6, 30), Sex = "male", CreatedAt = now },
            new PatientRecord { Id = Guid.NewGuid(), Mrn = "DEMO-0004", FamilyName = "Tanaka", GivenName = "Aiko", BirthDate = new DateOnly(1983, 1, 21), Sex = "female", CreatedAt = now });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string GeneratePassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', 'x').Replace('/', 'y');
}

/// <summary>What the start-up banner shows; <see cref="Password"/> is null when the accounts pre-date this run.</summary>
public sealed record DemoCredentials(IReadOnlyList<string> SignInNames, string? Password);
