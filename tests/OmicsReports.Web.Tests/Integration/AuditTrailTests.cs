using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OmicsReports.Data;
using OmicsReports.Data.Audit;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Integration;

[Collection(WebCollection.Name)]
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

    [Theory]
    [InlineData("UPDATE audit_entries SET \"Detail\" = 'rewritten' WHERE \"Id\" = {0}")]
    [InlineData("DELETE FROM audit_entries WHERE \"Id\" = {0}")]
    [InlineData("TRUNCATE audit_entries")]
    public async Task AuditEntry_ChangedWithRawSql_IsRefusedByTheDatabase(string sql)
    {
        var id = await AppendAsync("trigger");
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(string.Format(System.Globalization.CultureInfo.InvariantCulture, sql, id), connection);

        var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.Contains("append-only", error.MessageText, StringComparison.Ordinal);
        await using var db = await Contexts.CreateDbContextAsync();
        Assert.Equal("trigger", (await db.AuditEntries.SingleAsync(e => e.Id == id)).Detail);
    }

    private IDbContextFactory<OmicsDbContext> Contexts => app.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>();

    private async Task<long> AppendAsync(string detail)
    {
        var entry = new AuditEntry { Action = AuditActions.View, TargetType = "Test", TargetId = Guid.NewGuid().ToString(), Detail = detail };
        await app.Services.GetRequiredService<AuditTrail>().AppendAsync(entry);
        return entry.Id;
    }
}
