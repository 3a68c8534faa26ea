using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using OmicsReports.Data;
using OmicsReports.Data.Storage;

namespace OmicsReports.Testing;

/// <summary>
/// A database that exists for one fixture and is removed afterwards, on the provider under test
/// (<see cref="ProviderVariable"/>: SQLite by default). SQLite: a file in the temporary folder. PostgreSQL: a database
/// on the server of <see cref="Variable"/> (the owner role; scripts/test.sh sets it), named after the run's database,
/// which the app reaches as the role of <see cref="AppVariable"/> when it is set, as in production. Each fixture has
/// its own database, so tests neither share data nor depend on their order.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    /// <summary>Selects the provider of every fixture: Sqlite (default) or PostgreSQL.</summary>
    public const string ProviderVariable = "OMICS_TEST_PROVIDER";

    /// <summary>PostgreSQL: a connection as the owner role, which may create databases.</summary>
    public const string Variable = "OMICS_TEST_CONNECTION";

    /// <summary>PostgreSQL: a connection (any database) as the app role that owns nothing.</summary>
    public const string AppVariable = "OMICS_TEST_APP_CONNECTION";

    private readonly string? adminConnection;

    private TestDatabase(DatabaseProvider provider, string name, string connectionString, string ownerConnectionString, string? adminConnection)
    {
        Provider = provider;
        Name = name;
        ConnectionString = connectionString;
        OwnerConnectionString = ownerConnectionString;
        this.adminConnection = adminConnection;
    }

    /// <summary>The provider <see cref="CreateAsync()"/> uses in this run.</summary>
    public static DatabaseProvider ConfiguredProvider => DatabaseProviders.Parse(Environment.GetEnvironmentVariable(ProviderVariable));

    public DatabaseProvider Provider { get; }

    public string Name { get; }

    /// <summary>How the app connects (on PostgreSQL the app role when one is configured).</summary>
    public string ConnectionString { get; }

    /// <summary>How migrations connect (the owner); the same as <see cref="ConnectionString"/> on SQLite.</summary>
    public string OwnerConnectionString { get; }

    /// <summary>True when the app connects as a role other than the owner.</summary>
    public bool HasSeparateAppRole => !string.Equals(ConnectionString, OwnerConnectionString, StringComparison.Ordinal);

    /// <summary>The app's settings for this database, as configuration keys.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        [DatabaseProviders.SettingKey] = Provider.ToString(),
        [$"ConnectionStrings:{OmicsDatabase.ConnectionName}"] = ConnectionString,
        [$"ConnectionStrings:{OmicsDatabase.OwnerConnectionName}"] = HasSeparateAppRole ? OwnerConnectionString : null,
    };

    /// <summary>The same settings as environment variables, for a child process.</summary>
    public IDictionary<string, string?> EnvironmentVariables() =>
        Settings.ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value);

    /// <summary>Creates an empty database on the configured provider; the caller migrates it (the app does at start-up).</summary>
    public static Task<TestDatabase> CreateAsync() => CreateAsync(ConfiguredProvider);

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("omics-test-").FullName;
            var file = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, OmicsDatabase.SqliteFileName) };
            var sqlite = OmicsDatabase.For(DatabaseProvider.Sqlite, file.ConnectionString).ConnectionString;
            return new TestDatabase(provider, folder, sqlite, sqlite, null);
        }

        var baseConnection = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(baseConnection))
        {
            throw new InvalidOperationException(
                $"This test needs PostgreSQL, and {Variable} is not set. Run the tests with scripts/test.sh, which starts PostgreSQL and sets it.");
        }

        return await CreatePostgreSqlAsync(baseConnection, Environment.GetEnvironmentVariable(AppVariable));
    }

    /// <summary>A new database on the server of <paramref name="baseConnection"/> (a role that may create databases).</summary>
    /// <param name="appBase">How the app connects (any database, the app role), or null to connect as the owner.</param>
    public static async Task<TestDatabase> CreatePostgreSqlAsync(string baseConnection, string? appBase)
    {
        var admin = new NpgsqlConnectionStringBuilder(baseConnection) { Pooling = false };
        var name = $"{admin.Database}_{Guid.NewGuid():N}"[..Math.Min(63, admin.Database!.Length + 33)];
        await using (var connection = new NpgsqlConnection(admin.ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var owner = new NpgsqlConnectionStringBuilder(admin.ConnectionString) { Database = name, Pooling = true }.ConnectionString;
        var app = string.IsNullOrWhiteSpace(appBase)
            ? owner
            : new NpgsqlConnectionStringBuilder(appBase) { Database = name, Pooling = true }.ConnectionString;
        return new TestDatabase(DatabaseProvider.PostgreSQL, name, app, owner, admin.ConnectionString);
    }

    /// <summary>A Guid as an SQL literal that matches how the provider stores it (SQLite: upper-case text).</summary>
    public string Literal(Guid id) => Provider == DatabaseProvider.Sqlite
        ? $"'{id.ToString().ToUpperInvariant()}'"
        : $"'{id}'";

    /// <summary>A context outside any app, as the app's role or as the owner.</summary>
    public OmicsDbContext CreateContext(bool asOwner = false) =>
        OmicsDatabase.For(Provider, asOwner ? OwnerConnectionString : ConnectionString).CreateContext();

    /// <summary>Runs hand-written SQL (as the app's role unless <paramref name="asOwner"/>) and returns the rows affected.</summary>
    public async Task<int> ExecuteAsync(string sql, bool asOwner = false)
    {
        await using var connection = Open(asOwner ? OwnerConnectionString : ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>Runs a query that returns one value.</summary>
    public async Task<object?> ScalarAsync(string sql, bool asOwner = false)
    {
        await using var connection = Open(asOwner ? OwnerConnectionString : ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(Name, recursive: true);
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(adminConnection);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        // A connection closed a moment ago can leave its server process still exiting. FORCE then tries to end that
        // process, and fails with 42501 when it belongs to the app role, which the owner may not signal (a clean-clone
        // run failed so in a class clean-up). Such a process is gone within moments: try again for up to 10 s.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse && attempt < 50)
            {
                await Task.Delay(200);
            }
        }
    }

    private DbConnection Open(string connectionString) => Provider == DatabaseProvider.Sqlite
        ? new SqliteConnection(connectionString)
        : new NpgsqlConnection(connectionString);
}
