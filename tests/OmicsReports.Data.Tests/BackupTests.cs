using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Storage;
using OmicsReports.Testing;

namespace OmicsReports.Data.Tests;

/// <summary><c>omics db backup</c>'s engine on the provider under test: a complete, readable copy, never an overwrite.</summary>
[Trait(DatabaseMatrix.Trait, DatabaseMatrix.Both)]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // file modes are checked as on the Linux servers
public sealed class BackupTests(DataHost data) : IClassFixture<DataHost>, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("omics-backup-").FullName;

    [Fact]
    public async Task Backup_WhileWritesGoOn_IsComplete_AndReadable()
    {
        var trail = data.Services.GetRequiredService<AuditTrail>();
        await trail.AppendAsync(new AuditEntry { Action = AuditActions.View, TargetType = "Test", TargetId = "before-backup" });
        var file = Path.Combine(folder, "omics.backup");
        var database = data.Services.GetRequiredService<OmicsDatabase>();
        var writes = Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            trail.AppendAsync(new AuditEntry { Action = AuditActions.View, TargetType = "Test", TargetId = $"during-{i}" })));

        var bytes = await DatabaseBackup.WriteAsync(database, file);
        await writes;

        Assert.True(bytes > 0);
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            await using var restored = OmicsDatabase.For(DatabaseProvider.Sqlite, $"Data Source={file}").CreateContext();
            var verification = await AuditVerifier.VerifyAsync(restored);
            Assert.True(verification.Intact, verification.FirstBreak?.Problem);
            Assert.True(verification.Entries >= 1);
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
        else
        {
            var header = new byte[5];
            await using var stream = File.OpenRead(file);
            await stream.ReadExactlyAsync(header);
            Assert.Equal("PGDMP"u8.ToArray(), header); // pg_dump's custom format, for pg_restore
        }
    }

    [Fact]
    public async Task Backup_OntoAnExistingFile_IsRefused_AndTheFileKept()
    {
        var file = Path.Combine(folder, "existing");
        await File.WriteAllTextAsync(file, "keep me");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            DatabaseBackup.WriteAsync(data.Services.GetRequiredService<OmicsDatabase>(), file));

        Assert.Contains("never overwrites", error.Message, StringComparison.Ordinal);
        Assert.Equal("keep me", await File.ReadAllTextAsync(file));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
