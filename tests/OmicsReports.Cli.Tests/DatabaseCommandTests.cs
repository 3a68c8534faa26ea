using Microsoft.EntityFrameworkCore;
using OmicsReports.Data;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Storage;
using OmicsReports.Testing;

namespace OmicsReports.Cli.Tests;

/// <summary><c>omics audit verify</c>, <c>omics db backup</c> and <c>omics db copy</c> as an operator runs them.</summary>
[Trait(DatabaseMatrix.Trait, DatabaseMatrix.Both)]
public sealed class DatabaseCommandTests
{
    [Fact]
    public async Task AuditVerify_IntactChain_ExitsZeroWithACheckpoint_ThenNamesATamperedEntry()
    {
        await using var database = await MigratedAsync();
        await AppendAsync(database, 4);

        var intact = await OmicsProcess.RunAsync(["audit", "verify"], Environment(database));
        await AuditTampering.RewriteAsync(database, sequence: 2, detail: "nothing to see");
        var tampered = await OmicsProcess.RunAsync(["audit", "verify"], Environment(database));

        Assert.True(intact.ExitCode == 0, intact.Stderr);
        Assert.Contains("intact: 4 entries", intact.Stdout, StringComparison.Ordinal);
        Assert.Matches("Checkpoint: 4:[0-9a-f]{64}", intact.Stdout);
        Assert.Equal(3, tampered.ExitCode);
        Assert.Contains("entry 2 (id", tampered.Stderr, StringComparison.Ordinal);
        Assert.Contains("was changed after it was written", tampered.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", tampered.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditVerify_WithAnEarlierCheckpoint_FindsEntriesRemovedFromTheEnd()
    {
        await using var database = await MigratedAsync();
        await AppendAsync(database, 3);
        var checkpoint = (await OmicsProcess.RunAsync(["audit", "verify"], Environment(database))).Stdout
            .Split('\n').Single(l => l.StartsWith("Checkpoint: ", StringComparison.Ordinal))["Checkpoint: ".Length..].Trim();

        await AuditTampering.DeleteAsync(database, 3, 3);
        var result = await OmicsProcess.RunAsync(["audit", "verify", "--expect", checkpoint], Environment(database));

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("removed from the end", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DbBackup_WritesAFile_AndRefusesToOverwriteIt()
    {
        await using var database = await MigratedAsync();
        var file = Path.Combine(Path.GetTempPath(), $"omics-backup-{Guid.NewGuid():N}.db");
        try
        {
            var first = await OmicsProcess.RunAsync(["db", "backup", file], Environment(database));
            var again = await OmicsProcess.RunAsync(["db", "backup", file], Environment(database));

            Assert.True(first.ExitCode == 0, first.Stderr);
            Assert.Contains($"Backed up the {database.Provider} database", first.Stdout, StringComparison.Ordinal);
            Assert.True(new FileInfo(file).Length > 0);
            Assert.Equal(1, again.ExitCode);
            Assert.Contains("never overwrites", again.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    internal static async Task<TestDatabase> MigratedAsync(DatabaseProvider? provider = null)
    {
        var database = provider is { } p ? await TestDatabase.CreateAsync(p) : await TestDatabase.CreateAsync();
        var migrate = await OmicsProcess.RunAsync(["db", "migrate"], Environment(database));
        Assert.True(migrate.ExitCode == 0, migrate.Stderr);
        return database;
    }

    internal static async Task AppendAsync(TestDatabase database, int count)
    {
        var trail = new AuditTrail(new Contexts(database), TimeProvider.System);
        for (var i = 1; i <= count; i++)
        {
            await trail.AppendAsync(new AuditEntry { Action = AuditActions.View, TargetType = "Test", TargetId = $"cli-{i}" });
        }
    }

    internal static IDictionary<string, string?> Environment(TestDatabase database)
    {
        var environment = database.EnvironmentVariables();
        environment["DOTNET_ENVIRONMENT"] = "Production";
        return environment;
    }

    private sealed class Contexts(TestDatabase database) : IDbContextFactory<OmicsDbContext>
    {
        public OmicsDbContext CreateDbContext() => database.CreateContext();
    }
}

/// <summary><c>omics db copy</c> needs a PostgreSQL server to copy into, so it runs in the PostgreSQL pass.</summary>
[Trait(DatabaseMatrix.Trait, DatabaseMatrix.PostgreSqlOnly)]
public sealed class DatabaseCopyCommandTests
{
    [Fact]
    public async Task DbCopy_FromSqliteIntoPostgreSql_ReportsEveryTableMatching()
    {
        await using var pilot = await DatabaseCommandTests.MigratedAsync(DatabaseProvider.Sqlite);
        await DatabaseCommandTests.AppendAsync(pilot, 2);
        await using var target = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSQL);

        var result = await OmicsProcess.RunAsync(["db", "copy", "--to", target.OwnerConnectionString], DatabaseCommandTests.Environment(pilot));

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Matches(@"audit_entries\s+2 rows\s+sha256 [0-9a-f]{16}…\s+same", result.Stdout);
        Assert.Contains("every row count and content hash matches", result.Stdout, StringComparison.Ordinal);
    }
}
