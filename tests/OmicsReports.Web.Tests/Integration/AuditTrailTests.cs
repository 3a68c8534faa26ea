using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Data;
using OmicsReports.Data.Audit;
using OmicsReports.Testing;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Integration;

[Collection(WebCollection.Name)]
[Trait(DatabaseMatrix.Trait, DatabaseMatrix.Both)]
public class AuditTrailTests(OmicsWebFactory app)
{
    [Fact]
    public async Task AuditEntry_ChangedThroughEf_IsRefusedBeforeReachingTheDatabase()
    {
        var id = await AppendAsync("ef-guard");
        await using var db = await Contexts.CreateDbContextAsync();
        var entry = await db.AuditEntries.SingleAsync(e => e.Id == id);

        entry.Detail = "rewritten";

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The owner is refused by the triggers (on PostgreSQL the app's role is refused earlier, by privileges).</summary>
    [Theory]
    [InlineData("UPDATE audit_entries SET \"Detail\" = 'rewritten' WHERE \"Id\" = {0}")]
    [InlineData("DELETE FROM audit_entries WHERE \"Id\" = {0}")]
    [InlineData("DELETE FROM audit_entries")]
    public async Task AuditEntry_ChangedWithRawSql_IsRefusedByTheDatabase(string sql)
    {
        var id = await AppendAsync("trigger");

        var error = await Assert.ThrowsAnyAsync<DbException>(() => app.Database.ExecuteAsync(Sql(sql, id), asOwner: true));

        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        await using var db = await Contexts.CreateDbContextAsync();
        Assert.Equal("trigger", (await db.AuditEntries.SingleAsync(e => e.Id == id)).Detail);
    }

    [Fact]
    public async Task AuditEntry_ChangedWithRawSql_AsTheApp_IsRefused()
    {
        var id = await AppendAsync("app role");

        await Assert.ThrowsAnyAsync<DbException>(() => app.Database.ExecuteAsync(Sql("UPDATE audit_entries SET \"Detail\" = 'x' WHERE \"Id\" = {0}", id)));
        await Assert.ThrowsAnyAsync<DbException>(() => app.Database.ExecuteAsync(Sql("DELETE FROM audit_entries WHERE \"Id\" = {0}", id)));

        await using var db = await Contexts.CreateDbContextAsync();
        Assert.Equal("app role", (await db.AuditEntries.SingleAsync(e => e.Id == id)).Detail);
    }

    [Fact]
    public async Task ConcurrentAppends_AllChain_AndTheTrailVerifies()
    {
        var trail = app.Services.GetRequiredService<AuditTrail>();

        await Task.WhenAll(Enumerable.Range(0, 24).Select(i =>
            trail.AppendAsync(new AuditEntry { Action = AuditActions.View, TargetType = "Test", TargetId = $"concurrent-{i}" })));

        await using var db = await Contexts.CreateDbContextAsync();
        var verification = await AuditVerifier.VerifyAsync(db);
        Assert.True(verification.Intact, verification.FirstBreak?.Problem);
        var sequences = await db.AuditEntries.OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync();
        Assert.Equal(Enumerable.Range(1, sequences.Count).Select(i => (long)i), sequences);
        Assert.Equal(24, await db.AuditEntries.CountAsync(e => e.TargetId.StartsWith("concurrent-")));
    }

    private IDbContextFactory<OmicsDbContext> Contexts => app.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>();

    private static string Sql(string format, long id) => string.Format(CultureInfo.InvariantCulture, format, id);

    private async Task<long> AppendAsync(string detail)
    {
        var entry = new AuditEntry { Action = AuditActions.View, TargetType = "Test", TargetId = Guid.NewGuid().ToString(), Detail = detail };
        await app.Services.GetRequiredService<AuditTrail>().AppendAsync(entry);
        return entry.Id;
    }
}
