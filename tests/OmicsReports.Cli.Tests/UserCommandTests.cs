using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OmicsReports.Data;
using OmicsReports.Data.Identity;
using OmicsReports.Data.Storage;
using OmicsReports.Testing;

namespace OmicsReports.Cli.Tests;

/// <summary>One migrated database for the class (migrated by <c>omics db migrate</c> itself); tests use distinct emails.</summary>
public sealed class MigratedDatabase : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        var environment = Database.EnvironmentVariables();
        environment["DOTNET_ENVIRONMENT"] = "Production";
        var migrate = await OmicsProcess.RunAsync(["db", "migrate"], environment);
        Assert.True(migrate.ExitCode == 0, migrate.Stderr);
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();
}

[Trait(DatabaseMatrix.Trait, DatabaseMatrix.Both)]
public sealed class UserCommandTests(MigratedDatabase fixture) : IClassFixture<MigratedDatabase>
{
    private readonly TestDatabase database = fixture.Database;

    [Fact]
    public async Task UsersAdd_PasswordOnStandardInput_CreatesAccountWithRoleThatCanSignIn()
    {
        var result = await OmicsProcess.RunAsync(
            ["users", "add", "--email", "new.pathologist@test.example", "--role", "pathologist", "--name", "Dr. New"],
            Environment(), stdin: "a-long-enough-passphrase");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("with role Pathologist", result.Stdout, StringComparison.Ordinal);
        await using var db = Context();
        var user = await db.Users.SingleAsync(u => u.Email == "new.pathologist@test.example");
        Assert.Equal("Dr. New", user.DisplayName);
        Assert.False(user.IsDemo);
        var hasher = new PasswordHasher<OmicsUser>();
        Assert.Equal(PasswordVerificationResult.Success, hasher.VerifyHashedPassword(user, user.PasswordHash!, "a-long-enough-passphrase"));
        var role = await db.UserRoles.Where(r => r.UserId == user.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).SingleAsync();
        Assert.Equal(Roles.Pathologist, role);
    }

    [Fact]
    public async Task UsersAdd_PasswordFromEnvironment_IsUsed()
    {
        var environment = Environment();
        environment["OMICS_PASSWORD"] = "environment-passphrase";

        var result = await OmicsProcess.RunAsync(["users", "add", "--email", "env@test.example", "--role", "Curator"], environment);

        Assert.Equal(0, result.ExitCode);
        await using var db = Context();
        Assert.True(await db.Users.AnyAsync(u => u.Email == "env@test.example"));
    }

    [Fact]
    public async Task UsersSetRole_ReplacesTheRole_AndEndsTheAccountsSessions()
    {
        var added = await OmicsProcess.RunAsync(["users", "add", "--email", "moving@test.example", "--role", "Oncologist"], Environment(), stdin: "a-long-enough-passphrase");
        Assert.Equal(0, added.ExitCode);
        string? stampBefore;
        await using (var before = Context())
        {
            stampBefore = (await before.Users.SingleAsync(u => u.Email == "moving@test.example")).SecurityStamp;
        }

        var result = await OmicsProcess.RunAsync(["users", "set-role", "--email", "moving@test.example", "--role", "curator"], Environment());
        var unknown = await OmicsProcess.RunAsync(["users", "set-role", "--email", "nobody@test.example", "--role", "Curator"], Environment());

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("now has the role Curator", result.Stdout, StringComparison.Ordinal);
        await using var db = Context();
        var user = await db.Users.SingleAsync(u => u.Email == "moving@test.example");
        var roles = await db.UserRoles.Where(r => r.UserId == user.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync();
        Assert.Equal([Roles.Curator], roles);
        Assert.NotEqual(stampBefore, user.SecurityStamp);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("no account with the email", unknown.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Surgeon", "a-long-enough-passphrase", "'Surgeon' is not a role")]
    [InlineData("Oncologist", "short", "at least 12 characters")]
    public async Task UsersAdd_BadRoleOrWeakPassword_ExitsTwoWithReasonAndCreatesNothing(string role, string password, string reason)
    {
        var result = await OmicsProcess.RunAsync(["users", "add", "--email", $"bad-{role}@test.example", "--role", role], Environment(), stdin: password);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(reason, result.Stderr, StringComparison.Ordinal);
        await using var db = Context();
        Assert.False(await db.Users.AnyAsync(u => u.Email == $"bad-{role}@test.example"));
    }

    [Fact]
    public async Task UsersAdd_PasswordOption_IsNotAccepted()
    {
        var result = await OmicsProcess.RunAsync(
            ["users", "add", "--email", "opt@test.example", "--role", "Admin", "--password", "on-the-command-line"], Environment());

        Assert.NotEqual(0, result.ExitCode);
        await using var db = Context();
        Assert.False(await db.Users.AnyAsync(u => u.Email == "opt@test.example"));
    }

    [Fact]
    public async Task DbMigrate_OnANewDatabase_NamesTheMigrationsAndLogsNoFailedCommand()
    {
        await using var empty = await TestDatabase.CreateAsync();
        var environment = Environment(empty);

        var first = await OmicsProcess.RunAsync(["db", "migrate"], environment);
        var again = await OmicsProcess.RunAsync(["db", "migrate"], environment);

        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Contains(empty.Provider == DatabaseProvider.Sqlite ? "InitialSchema" : "InitialSkeleton", first.Stdout + first.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("fail:", first.Stdout + first.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("up to date", again.Stdout + again.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DbMigrate_DatabaseUnreachable_ExitsOneWithClearMessage()
    {
        var environment = Environment();
        environment["ConnectionStrings__Omics"] = database.Provider == DatabaseProvider.Sqlite
            ? "Data Source=/proc/no-such-folder/omics.db"
            : new NpgsqlConnectionStringBuilder(database.ConnectionString) { Port = 1, Timeout = 2 }.ConnectionString;
        environment["ConnectionStrings__OmicsOwner"] = null;

        var result = await OmicsProcess.RunAsync(["db", "migrate"], environment);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cannot use the database", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    private IDictionary<string, string?> Environment(TestDatabase? other = null)
    {
        var environment = (other ?? database).EnvironmentVariables();
        environment["DOTNET_ENVIRONMENT"] = "Production";
        environment["OMICS_PASSWORD"] = null;
        return environment;
    }

    private OmicsDbContext Context() => database.CreateContext();
}
