using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace OmicsReports.Testing;

/// <summary>
/// A PostgreSQL 15 cluster of one test's own (initdb in a temporary folder, a free loopback port), for tests that
/// restart the server or need a small max_connections: the run's shared cluster serves other tests meanwhile.
/// Run as the 'postgres' user when the tests run as root (initdb refuses root). Removed on dispose.
/// </summary>
public sealed class PrivatePostgres : IAsyncDisposable
{
    private static readonly string Bin = Environment.GetEnvironmentVariable("OMICS_PG_BIN") ?? "/usr/lib/postgresql/15/bin";
    private readonly string folder;
    private readonly string options;

    private PrivatePostgres(string folder, int port, int maxConnections)
    {
        this.folder = folder;
        Port = port;
        options = $"-c listen_addresses=127.0.0.1 -p {port} -c unix_socket_directories={folder} -c max_connections={maxConnections}";
    }

    public int Port { get; }

    /// <summary>A role without superuser rights: superusers may use the reserved slots, an app role may not.</summary>
    public const string AppRole = "app";

    /// <summary>Connection as the superuser (trust on loopback; the cluster lives for one test).</summary>
    public string SuperuserConnection(string database = "postgres") =>
        $"Host=127.0.0.1;Port={Port};Database={database};Username=postgres;Pooling=false";

    /// <summary>Connection as <see cref="AppRole"/>, owner of the database <c>app</c>.</summary>
    public string AppConnection => $"Host=127.0.0.1;Port={Port};Database=app;Username={AppRole}";

    public static async Task<PrivatePostgres> StartAsync(int maxConnections = 100)
    {
        var folder = Directory.CreateTempSubdirectory("omics-pg-").FullName;
        var cluster = new PrivatePostgres(folder, FreePort(), maxConnections);
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", ["postgres:postgres", folder], asPostgres: false);
        }

        await PgAsync("initdb", "-D", cluster.Data, "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8", "--auth=trust");
        await cluster.StartServerAsync();
        await using var connection = new NpgsqlConnection(cluster.SuperuserConnection());
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE ROLE {AppRole} LOGIN", connection);
        await create.ExecuteNonQueryAsync();
        await using var database = new NpgsqlCommand($"CREATE DATABASE app OWNER {AppRole}", connection);
        await database.ExecuteNonQueryAsync();
        return cluster;
    }

    private string Data => Path.Combine(folder, "data");

    /// <summary><c>pg_ctl restart -m fast</c>: every session is ended, as in a maintenance restart.</summary>
    public Task RestartAsync() => PgAsync("pg_ctl", "-D", Data, "-m", "fast", "-w", "-t", "60", "-o", options, "-l", Log, "restart");

    public Task StopAsync() => PgAsync("pg_ctl", "-D", Data, "-m", "fast", "-w", "-t", "60", "stop");

    public Task StartServerAsync() => PgAsync("pg_ctl", "-D", Data, "-w", "-t", "60", "-o", options, "-l", Log, "start");

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            await StopAsync();
        }
        catch (InvalidOperationException)
        {
            // Already stopped by the test.
        }

        Directory.Delete(folder, recursive: true);
    }

    private string Log => Path.Combine(folder, "postgres.log");

    private static Task PgAsync(string tool, params string[] arguments) => RunAsync(Path.Combine(Bin, tool), arguments, asPostgres: true);

    private static async Task RunAsync(string program, IReadOnlyList<string> arguments, bool asPostgres)
    {
        var start = new ProcessStartInfo(asPostgres && Environment.UserName == "root" ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (start.FileName == "runuser")
        {
            foreach (var prefix in new[] { "-u", "postgres", "--", program })
            {
                start.ArgumentList.Add(prefix);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}{await output}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
