using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using OmicsReports.Testing;

namespace OmicsReports.Data.Tests;

/// <summary>
/// Issue 17: the app's PostgreSQL pool is bounded (Omics:Database:MaxPoolSize), so more concurrent work than the
/// server has slots for waits for a connection instead of failing with 53300. A private cluster with
/// max_connections = 10 leaves 7 slots to a role that is not a superuser, as 100 leave 97 in production.
/// </summary>
[Trait(DatabaseMatrix.Trait, DatabaseMatrix.PostgreSqlOnly)]
public sealed class ConnectionPoolTests
{
    private const int Concurrent = 50;

    [Fact]
    public async Task BoundedPool_MoreConcurrentQueriesThanServerSlots_AllSucceedOnAtMostPoolSizeConnections()
    {
        await using var cluster = await PrivatePostgres.StartAsync(maxConnections: 10);
        await using var services = AppServices(cluster, maxPoolSize: 5);
        var contexts = services.GetRequiredService<IDbContextFactory<OmicsDbContext>>();
        using var sampling = new CancellationTokenSource();
        var peak = PeakAppConnectionsAsync(cluster, sampling.Token);

        var results = await Task.WhenAll(Enumerable.Range(0, Concurrent).Select(_ => SleepAsync(contexts, 0.1)));
        await sampling.CancelAsync();

        Assert.All(results, r => Assert.Null(r));
        Assert.InRange(await peak, 1, 5);
    }

    [Fact]
    public async Task PoolAboveServerSlots_SameLoad_FailsWith53300()
    {
        // The control: without a bound below the server's slots, the same load is refused by the server.
        await using var cluster = await PrivatePostgres.StartAsync(maxConnections: 10);
        await using var services = AppServices(cluster, maxPoolSize: Concurrent);
        var contexts = services.GetRequiredService<IDbContextFactory<OmicsDbContext>>();

        var results = await Task.WhenAll(Enumerable.Range(0, Concurrent).Select(_ => SleepAsync(contexts, 0.5)));

        Assert.Contains(results, r => r is PostgresException { SqlState: "53300" });
    }

    private static ServiceProvider AppServices(PrivatePostgres cluster, int maxPoolSize)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Omics:Database:Provider"] = "PostgreSQL",
            ["ConnectionStrings:Omics"] = cluster.AppConnection,
            ["Omics:Database:MaxPoolSize"] = maxPoolSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        builder.AddOmicsData();
        return (ServiceProvider)builder.Build().Services;
    }

    /// <summary>One unit of work on its own context, as a request does; returns its failure, or null.</summary>
    private static async Task<Exception?> SleepAsync(IDbContextFactory<OmicsDbContext> contexts, double seconds)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync();
            await db.Database.ExecuteSqlAsync($"SELECT pg_sleep({seconds})");
            return null;
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
        {
            return ex.GetBaseException() is NpgsqlException npgsql ? npgsql : ex;
        }
    }

    /// <summary>The most sessions of the app's role seen at once, sampled as the superuser until cancelled.</summary>
    private static async Task<long> PeakAppConnectionsAsync(PrivatePostgres cluster, CancellationToken stop)
    {
        await using var connection = new NpgsqlConnection(cluster.SuperuserConnection());
        await connection.OpenAsync(CancellationToken.None);
        await using var count = new NpgsqlCommand($"SELECT count(*) FROM pg_stat_activity WHERE usename = '{PrivatePostgres.AppRole}'", connection);
        long peak = 0;
        while (!stop.IsCancellationRequested)
        {
            peak = Math.Max(peak, (long)(await count.ExecuteScalarAsync(CancellationToken.None))!);
            await Task.Delay(5, CancellationToken.None);
        }

        return peak;
    }
}
