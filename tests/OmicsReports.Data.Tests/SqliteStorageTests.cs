using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Hosting;
using OmicsReports.Data.Reports;
using OmicsReports.Data.Storage;

namespace OmicsReports.Data.Tests;

/// <summary>The embedded database as the app opens it: where it lives, how it is set up, and writers that wait.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // file modes are checked as on the Linux servers
public sealed class SqliteStorageTests
{
    [Fact]
    public void DefaultDatabase_IsOmicsDbInTheDataFolder()
    {
        var home = Path.Combine(Path.GetTempPath(), "omics-home");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [OmicsPaths.HomeKey] = home }).Build();

        var database = OmicsDatabase.FromConfiguration(configuration);

        var dataFolder = Environment.GetEnvironmentVariable(OmicsPaths.DataVariable) is { Length: > 0 } moved
            ? Path.GetFullPath(Path.Combine(home, moved))
            : Path.Combine(home, ".omics");
        Assert.Equal(DatabaseProvider.Sqlite, database.Provider);
        Assert.Equal(Path.Combine(dataFolder, "omics.db"), database.SqliteFile);
        Assert.Null(database.SeparateAppRole);
    }

    [Theory]
    [InlineData("postgres", DatabaseProvider.PostgreSQL)]
    [InlineData("PostgreSQL", DatabaseProvider.PostgreSQL)]
    [InlineData("sqlite", DatabaseProvider.Sqlite)]
    [InlineData("", DatabaseProvider.Sqlite)]
    public void ProviderSetting_IsRead(string value, DatabaseProvider expected) => Assert.Equal(expected, DatabaseProviders.Parse(value));

    [Fact]
    public void ProviderSetting_Unknown_IsRefusedWithTheChoices()
    {
        var error = Assert.Throws<InvalidOperationException>(() => DatabaseProviders.Parse("oracle"));
        Assert.Contains("Sqlite", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigratedFile_UsesWal_ForeignKeys_TheBusyTimeout_AndOwnerOnlyPermissions()
    {
        await using var data = await DataHost.StartAsync(DatabaseProvider.Sqlite);
        await using var db = await data.ContextAsync();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();

        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode;"));
        Assert.Equal(1L, await ScalarAsync(connection, "PRAGMA foreign_keys;"));
        Assert.Equal(30000L, await ScalarAsync(connection, "PRAGMA busy_timeout;"));
        var file = data.Services.GetRequiredService<OmicsDatabase>().SqliteFile!;
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
    }

    [Fact]
    public async Task Times_AreStoredAsSortableUtcText()
    {
        await using var data = await DataHost.StartAsync(DatabaseProvider.Sqlite);
        var record = await data.AddCaseAsync("Text", ReportStatus.Draft, new DateTimeOffset(2026, 2, 3, 4, 5, 6, TimeSpan.FromHours(5)).AddTicks(70));

        var stored = await data.Database.ScalarAsync($"SELECT \"UpdatedAt\" FROM cases WHERE \"Id\" = {data.Database.Literal(record.Id)}");

        Assert.Equal("2026-02-02 23:05:06.000007+00:00", stored);
    }

    [Fact]
    public async Task AuditWriters_WaitForAnotherWriter_InsteadOfFailing()
    {
        await using var data = await DataHost.StartAsync(DatabaseProvider.Sqlite);
        var trail = data.Services.GetRequiredService<AuditTrail>();
        await using var holder = new SqliteConnection(data.Database.ConnectionString);
        await holder.OpenAsync();
        var held = holder.BeginTransaction(deferred: false); // another process holding the write lock
        var watch = System.Diagnostics.Stopwatch.StartNew();

        // The holder lets go on its own thread: waiting writers block pool threads, so a timer on the pool could be late.
        var release = new Thread(() =>
        {
            Thread.Sleep(TimeSpan.FromSeconds(1.5));
            held.Commit();
        });
        release.Start();
        await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            trail.AppendAsync(new AuditEntry { Action = AuditActions.View, TargetType = "Test", TargetId = $"waiting-{i}" })));
        release.Join();

        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(1.4), "The writers did not wait for the lock.");
        await using var db = await data.ContextAsync();
        Assert.True((await AuditVerifier.VerifyAsync(db)).Intact);
        Assert.Equal(8, await db.AuditEntries.CountAsync());
        held.Dispose();
    }

    /// <summary>
    /// Live circuits each hold a context for their lifetime while the audit trail writes beside them. The audit writer
    /// opens its connection by hand (for BEGIN IMMEDIATE); left open, every context it passed through later held one
    /// SQLite connection with its own page cache: 204 open connections under 200 live circuits, and memory that grew
    /// as their caches filled. Counted here as this process's open handles on the database file.
    /// </summary>
    [Fact]
    public async Task LongLivedContexts_AndAuditWrites_KeepOnlyAFewConnectionsOpen()
    {
        await using var data = await DataHost.StartAsync(DatabaseProvider.Sqlite);
        var trail = data.Services.GetRequiredService<AuditTrail>();
        var file = new SqliteConnectionStringBuilder(data.Database.ConnectionString).DataSource;
        var circuits = new List<OmicsDbContext>();
        try
        {
            for (var i = 0; i < 20; i++)
            {
                var db = await data.ContextAsync();
                circuits.Add(db);
                await db.AuditEntries.CountAsync();
                await trail.AppendAsync(new AuditEntry { Action = AuditActions.View, TargetType = "Test", TargetId = $"circuit-{i}" });
            }

            foreach (var db in circuits)
            {
                Assert.Equal(20, await db.AuditEntries.CountAsync());
            }

            var open = OpenHandles(file);
            Assert.True(open <= 3, $"{open} connections are open on the database with 20 idle contexts.");
        }
        finally
        {
            foreach (var db in circuits)
            {
                await db.DisposeAsync();
            }
        }
    }

    /// <summary>This process's open file descriptors on <paramref name="file"/> (Linux: /proc/self/fd).</summary>
    private static int OpenHandles(string file) =>
        new DirectoryInfo("/proc/self/fd").EnumerateFileSystemInfos()
            .Count(fd => fd.LinkTarget is { } target && string.Equals(target, file, StringComparison.Ordinal));

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
