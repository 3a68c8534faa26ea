using System.Data.Common;
using OmicsReports.Data.Storage;
using OmicsReports.Testing;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Integration;

/// <summary>
/// On PostgreSQL the app connects as a role that owns nothing: whoever holds its password (a bug, an injected
/// statement, a stolen configuration) can neither switch the guards off nor rewrite the records of record.
/// </summary>
[Collection(WebCollection.Name)]
[Trait(DatabaseMatrix.Trait, DatabaseMatrix.PostgreSqlOnly)]
public sealed class PostgreSqlPrivilegeTests(OmicsWebFactory app)
{
    private TestDatabase Database
    {
        get
        {
            Assert.True(app.Database.Provider == DatabaseProvider.PostgreSQL && app.Database.HasSeparateAppRole,
                $"These tests need {TestDatabase.ProviderVariable}=PostgreSQL and {TestDatabase.AppVariable} (scripts/test.sh sets both).");
            return app.Database;
        }
    }

    [Fact]
    public async Task AppRole_OwnsNothing()
    {
        var owned = await Database.ScalarAsync(
            "SELECT count(*) FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)");
        var ownsDatabase = await Database.ScalarAsync("SELECT pg_get_userbyid(datdba) = current_user FROM pg_database WHERE datname = current_database()");

        Assert.Equal(0L, owned);
        Assert.Equal(false, ownsDatabase);
    }

    [Theory]
    [InlineData("ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only")]
    [InlineData("ALTER TABLE report_versions DISABLE TRIGGER ALL")]
    [InlineData("DROP TRIGGER board_decisions_guard ON board_decisions")]
    [InlineData("SET session_replication_role = replica")]
    public async Task AppRole_CannotSwitchTheTriggersOff(string sql)
    {
        var error = await Assert.ThrowsAnyAsync<DbException>(() => Database.ExecuteAsync(sql));

        Assert.Matches("must be owner|permission denied", error.Message);
    }

    [Theory]
    [InlineData("DELETE FROM audit_entries")]
    [InlineData("UPDATE audit_entries SET \"Detail\" = 'rewritten'")]
    [InlineData("TRUNCATE audit_entries")]
    [InlineData("DELETE FROM report_comments")]
    [InlineData("DELETE FROM knowledge_releases")]
    [InlineData("UPDATE knowledge_releases SET \"RuleCount\" = 0")]
    [InlineData("TRUNCATE report_versions CASCADE")]
    [InlineData("DELETE FROM board_decisions")]
    [InlineData("INSERT INTO \"__EFMigrationsHistory\" VALUES ('x', 'y')")]
    public async Task AppRole_CannotDeleteOrRewriteAppendOnlyRows(string sql)
    {
        await app.SignedVersionAsync(); // leaves audit rows, a version and its history

        var error = await Assert.ThrowsAnyAsync<DbException>(() => Database.ExecuteAsync(sql));

        Assert.Contains("permission denied", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppRole_CannotChangeASignedVersion_NorAnySnapshot()
    {
        var signed = await app.SignedVersionAsync();
        var draft = await app.StoreCaseAsync();

        var comment = await Assert.ThrowsAnyAsync<DbException>(() =>
            Database.ExecuteAsync($"UPDATE report_versions SET \"InterpretiveComment\" = 'rewritten' WHERE \"Id\" = {Database.Literal(signed)}"));
        var snapshot = await Assert.ThrowsAnyAsync<DbException>(() =>
            Database.ExecuteAsync($"UPDATE report_versions SET \"ReportJson\" = '{{}}' WHERE \"Id\" = {Database.Literal(draft.VersionId)}"));
        var delete = await Assert.ThrowsAnyAsync<DbException>(() =>
            Database.ExecuteAsync($"DELETE FROM report_versions WHERE \"Id\" = {Database.Literal(draft.VersionId)}"));

        Assert.Contains("signed and immutable", comment.Message, StringComparison.Ordinal);
        Assert.Contains("permission denied", snapshot.Message, StringComparison.Ordinal);
        Assert.Contains("permission denied", delete.Message, StringComparison.Ordinal);
        Assert.Equal("signed", await Database.ScalarAsync($"SELECT \"Status\" FROM report_versions WHERE \"Id\" = {Database.Literal(signed)}"));
    }

    [Fact]
    public async Task AppRole_MayStillEditADraft()
    {
        var draft = await app.StoreCaseAsync();

        var changed = await Database.ExecuteAsync($"UPDATE report_versions SET \"InterpretiveComment\" = 'draft text' WHERE \"Id\" = {Database.Literal(draft.VersionId)}");

        Assert.Equal(1, changed);
    }
}
