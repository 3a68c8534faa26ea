using System.Net;
using OmicsReports.Data.Identity;
using OmicsReports.Testing;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Load;

/// <summary>
/// Issue 17, faults: PostgreSQL restarted while the app (real Kestrel) runs. The first page after the restart works
/// although every pooled connection died with it; while the server is down, pages say so and how to proceed, with
/// no trace; when it is back, pages work again, and the app was never restarted. The cluster is the test's own.
/// </summary>
[Trait(DatabaseMatrix.Trait, DatabaseMatrix.PostgreSqlOnly)]
public sealed class PostgreSqlRestartTests : IAsyncLifetime
{
    private PrivatePostgres cluster = default!;
    private RestartApp app = default!;

    public async Task InitializeAsync()
    {
        cluster = await PrivatePostgres.StartAsync();
        app = new RestartApp(cluster);
        await app.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await app.DisposeTestAsync();
        await cluster.DisposeAsync();
    }

    [Fact]
    public async Task ReportPage_AcrossARestartAndAnOutage_RecoversWithoutRestartingTheApp()
    {
        var stored = await app.StoreCaseAsync();
        var page = $"/patients/{stored.CaseId}/reports/1";
        using var client = new SignInClient(app.BaseAddress);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(Data.DemoOptions.EmailFor(Roles.Oncologist), OmicsWebFactory.DemoPassword)).StatusCode);
        // Several pages at once, so the pool holds several connections that the restart kills.
        var warm = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => client.Http.GetAsync(page)));
        Assert.All(warm, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));

        await cluster.RestartAsync();
        var afterRestart = await client.Http.GetAsync(page);
        Assert.Equal(HttpStatusCode.OK, afterRestart.StatusCode);

        await cluster.StopAsync();
        var down = await client.Http.GetAsync(page);
        var message = WebUtility.HtmlDecode(await down.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.NotNull(down.Headers.RetryAfter);
        Assert.Contains("The database is unavailable; retry in a moment", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Npgsql", message, StringComparison.Ordinal);

        await cluster.StartServerAsync();
        var back = await client.Http.GetAsync(page);
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.Contains(stored.CaseId.ToString(), await back.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>The app over a database on the test's own cluster.</summary>
    private sealed class RestartApp(PrivatePostgres cluster) : OmicsWebFactory
    {
        protected override Task<TestDatabase> CreateDatabaseAsync() =>
            TestDatabase.CreatePostgreSqlAsync(cluster.SuperuserConnection(), appBase: null);
    }
}
