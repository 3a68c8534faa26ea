using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using System.Data.Common;
using System.Globalization;
using OmicsReports.Data;
using OmicsReports.Data.Identity;
using OmicsReports.Data.Reports;
using OmicsReports.Testing;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Integration;

/// <summary>
/// Signed versions and every version's snapshots cannot change: refused by the data layer and by the database's
/// triggers (hand-written SQL runs as the owner here, which privileges do not stop; PostgreSqlPrivilegeTests covers
/// the app's role).
/// </summary>
[Collection(WebCollection.Name)]
[Trait(DatabaseMatrix.Trait, DatabaseMatrix.Both)]
public sealed class SignedImmutabilityTests(OmicsWebFactory app) : IDisposable
{
    private readonly IServiceScope scope = app.Services.CreateScope();

    [Fact]
    public async Task SignedVersion_ChangedThroughEf_IsRefusedBeforeReachingTheDatabase()
    {
        var versionId = await SignedVersionAsync();
        await using var db = await Contexts.CreateDbContextAsync();
        var version = await db.ReportVersions.SingleAsync(v => v.Id == versionId);

        version.InterpretiveComment = "rewritten after signing";

        var error = await Assert.ThrowsAsync<SignedReportException>(() => db.SaveChangesAsync());
        Assert.Contains("signed and cannot be changed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignedVersion_DeletedThroughEf_IsRefused()
    {
        var versionId = await SignedVersionAsync();
        await using var db = await Contexts.CreateDbContextAsync();
        db.ReportVersions.Remove(await db.ReportVersions.SingleAsync(v => v.Id == versionId));

        await Assert.ThrowsAsync<SignedReportException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task DraftSnapshot_ChangedThroughEf_IsRefused_WhileTheCommentMayChange()
    {
        var stored = await app.StoreCaseAsync();
        await using var db = await Contexts.CreateDbContextAsync();
        var version = await db.ReportVersions.SingleAsync(v => v.Id == stored.VersionId);

        version.ReportJson = "{}";
        await Assert.ThrowsAsync<SignedReportException>(() => db.SaveChangesAsync());

        db.Entry(version).Property(v => v.ReportJson).CurrentValue = db.Entry(version).Property(v => v.ReportJson).OriginalValue;
        db.Entry(version).Property(v => v.ReportJson).IsModified = false; // on PostgreSQL the app role may not even name the column
        version.InterpretiveComment = "draft comment";
        await db.SaveChangesAsync();
    }

    [Theory]
    [InlineData("UPDATE report_versions SET \"InterpretiveComment\" = 'rewritten' WHERE \"Id\" = {0}", "signed and immutable")]
    [InlineData("UPDATE report_versions SET \"Status\" = 'draft' WHERE \"Id\" = {0}", "signed and immutable")]
    [InlineData("DELETE FROM report_versions WHERE \"Id\" = {0}", "signed and immutable")]
    public async Task SignedVersion_ChangedWithRawSql_IsRefusedByTheDatabase(string sql, string message)
    {
        var versionId = await SignedVersionAsync();

        var error = await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync(sql, versionId));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        await using var db = await Contexts.CreateDbContextAsync();
        var version = await db.ReportVersions.AsNoTracking().SingleAsync(v => v.Id == versionId);
        Assert.Equal(ReportStatus.Signed, version.Status);
        Assert.NotEqual("rewritten", version.InterpretiveComment);
    }

    [Fact]
    public async Task DraftSnapshot_ChangedWithRawSql_IsRefused_ButItsCommentMayChange()
    {
        var stored = await app.StoreCaseAsync();

        var error = await Assert.ThrowsAnyAsync<DbException>(() =>
            ExecuteAsync("UPDATE report_versions SET \"ReportJson\" = '{{}}' WHERE \"Id\" = {0}", stored.VersionId));
        var allowed = await ExecuteAsync("UPDATE report_versions SET \"InterpretiveComment\" = 'fine' WHERE \"Id\" = {0}", stored.VersionId);

        Assert.Contains("snapshots of report version", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, allowed);
    }

    [Fact]
    public async Task Comment_ChangedWithRawSql_IsRefused_CommentsAreAppendOnly()
    {
        var stored = await app.StoreCaseAsync();
        var oncologist = await app.CreateUserAsync(Roles.Oncologist);
        Assert.True((await scope.ServiceProvider.GetRequiredService<ReportComments>().AddAsync(oncologist, stored.VersionId, "Question for the board")).Succeeded);

        var error = await Assert.ThrowsAnyAsync<DbException>(() =>
            ExecuteAsync("UPDATE report_comments SET \"Text\" = 'changed' WHERE \"ReportVersionId\" = {0}", stored.VersionId));

        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
    }

    private Task<Guid> SignedVersionAsync() => app.SignedVersionAsync();

    private Task<int> ExecuteAsync(string sql, Guid versionId) =>
        app.Database.ExecuteAsync(string.Format(CultureInfo.InvariantCulture, sql, app.Database.Literal(versionId)), asOwner: true);

    private IDbContextFactory<OmicsDbContext> Contexts => app.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>();

    public void Dispose() => scope.Dispose();
}
