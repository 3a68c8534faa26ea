using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Data;
using OmicsReports.Data.Knowledge;
using OmicsReports.Ingest.Knowledge;
using OmicsReports.Testing;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Integration;

/// <summary>
/// A knowledge release, once recorded, is what every report made with it points back to: its snapshot and diff are
/// never changed or deleted, neither through the DbContext nor with hand-written SQL, on either database.
/// </summary>
[Collection(WebCollection.Name)]
[Trait(DatabaseMatrix.Trait, DatabaseMatrix.Both)]
public sealed class KnowledgeReleaseImmutabilityTests(OmicsWebFactory app)
{
    private const string Rewrite = "UPDATE knowledge_releases SET \"RuleCount\" = \"RuleCount\" + 1, \"SnapshotJson\" = '{{}}' WHERE \"Sha256\" = '{0}'";
    private const string RemoveOne = "DELETE FROM knowledge_releases WHERE \"Sha256\" = '{0}'";

    [Fact]
    public async Task Release_ChangedThroughEf_IsRefusedBeforeReachingTheDatabase()
    {
        var release = await RecordedAsync();
        await using var db = await Contexts.CreateDbContextAsync();
        var row = await db.KnowledgeReleases.SingleAsync(r => r.Sha256 == release.Sha256);
        row.RuleCount++;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());

        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        await AssertUnchangedAsync(release);
    }

    [Fact]
    public async Task Release_RemovedThroughEf_IsRefusedBeforeReachingTheDatabase()
    {
        var release = await RecordedAsync();
        await using var db = await Contexts.CreateDbContextAsync();
        db.KnowledgeReleases.Remove(await db.KnowledgeReleases.SingleAsync(r => r.Sha256 == release.Sha256));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());

        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        await AssertUnchangedAsync(release);
    }

    /// <summary>The owner is refused by the triggers (on PostgreSQL the app's role is refused earlier, by privileges).</summary>
    [Theory]
    [InlineData(Rewrite)]
    [InlineData(RemoveOne)]
    [InlineData("DELETE FROM knowledge_releases")]
    public async Task Release_ChangedWithRawSql_AsTheOwner_IsRefusedByTheTriggers(string sql)
    {
        var release = await RecordedAsync();

        var error = await Assert.ThrowsAnyAsync<DbException>(() => app.Database.ExecuteAsync(Sql(sql, release), asOwner: true));

        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        await AssertUnchangedAsync(release);
    }

    [Theory]
    [InlineData(Rewrite)]
    [InlineData(RemoveOne)]
    public async Task Release_ChangedWithRawSql_AsTheApp_IsRefused(string sql)
    {
        var release = await RecordedAsync();

        await Assert.ThrowsAnyAsync<DbException>(() => app.Database.ExecuteAsync(Sql(sql, release)));

        await AssertUnchangedAsync(release);
    }

    private IDbContextFactory<OmicsDbContext> Contexts => app.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>();

    private static string Sql(string format, KnowledgeReleaseRecord release) => string.Format(CultureInfo.InvariantCulture, format, release.Sha256);

    /// <summary>The running knowledge base's release: recorded at start, or now if the start has not recorded it.</summary>
    private Task<KnowledgeReleaseRecord> RecordedAsync() =>
        app.Services.GetRequiredService<KnowledgeReleases>().RecordAsync(app.Services.GetRequiredService<LoadedKnowledge>().KnowledgeBase, "test");

    private async Task AssertUnchangedAsync(KnowledgeReleaseRecord release)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        var stored = await db.KnowledgeReleases.AsNoTracking().SingleOrDefaultAsync(r => r.Sha256 == release.Sha256);
        Assert.NotNull(stored);
        Assert.Equal((release.Id, release.Version, release.RuleCount, release.SnapshotJson), (stored.Id, stored.Version, stored.RuleCount, stored.SnapshotJson));
    }
}
