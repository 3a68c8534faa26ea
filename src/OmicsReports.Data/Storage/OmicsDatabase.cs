using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Npgsql;
using OmicsReports.Data.Hosting;

namespace OmicsReports.Data.Storage;

/// <summary>
/// Which database the app uses and how it connects, read once from the settings: the provider, the app's connection
/// and, on PostgreSQL, the owner's connection that migrations run with. Every context of the app is configured here,
/// so the rest of the code never names a provider.
/// </summary>
public sealed class OmicsDatabase
{
    /// <summary>Name of the app's connection string in the settings.</summary>
    public const string ConnectionName = "Omics";

    /// <summary>Name of the owner's connection string (PostgreSQL): migrations and grants run with it.</summary>
    public const string OwnerConnectionName = "OmicsOwner";

    /// <summary>The SQLite file's name inside the data folder.</summary>
    public const string SqliteFileName = "omics.db";

    /// <summary>How long a SQLite writer waits for another writer before giving up (busy timeout).</summary>
    public static readonly TimeSpan SqliteBusyTimeout = TimeSpan.FromSeconds(30);

    private OmicsDatabase(DatabaseProvider provider, string connectionString, string? ownerConnectionString)
    {
        Provider = provider;
        ConnectionString = connectionString;
        OwnerConnectionString = ownerConnectionString;
    }

    public DatabaseProvider Provider { get; }

    /// <summary>The app's connection: on PostgreSQL a role that owns nothing when an owner connection is set.</summary>
    public string ConnectionString { get; }

    /// <summary>The owner's connection for migrations, or null when the app's connection also migrates.</summary>
    public string? OwnerConnectionString { get; }

    /// <summary>The connection that migrations, grants and copies into this database use.</summary>
    public string MigrationConnectionString => OwnerConnectionString ?? ConnectionString;

    /// <summary>The SQLite file, or null on PostgreSQL.</summary>
    public string? SqliteFile => Provider == DatabaseProvider.Sqlite
        ? new SqliteConnectionStringBuilder(ConnectionString).DataSource
        : null;

    /// <summary>
    /// The PostgreSQL role the app connects as, when it differs from the owner (then migrations grant it exactly
    /// what it needs); null on SQLite or when one role does both.
    /// </summary>
    public string? SeparateAppRole
    {
        get
        {
            if (Provider != DatabaseProvider.PostgreSQL || OwnerConnectionString is null)
            {
                return null;
            }

            var app = new NpgsqlConnectionStringBuilder(ConnectionString).Username;
            var owner = new NpgsqlConnectionStringBuilder(OwnerConnectionString).Username;
            return string.Equals(app, owner, StringComparison.Ordinal) ? null : app;
        }
    }

    /// <summary>Reads the provider and connection strings; throws with the fix when they are incomplete.</summary>
    public static OmicsDatabase FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var provider = DatabaseProviders.Parse(configuration[DatabaseProviders.SettingKey]);
        var configured = configuration.GetConnectionString(ConnectionName);
        var owner = configuration.GetConnectionString(OwnerConnectionName);
        if (provider == DatabaseProvider.Sqlite)
        {
            return new OmicsDatabase(provider, SqliteConnection(configuration, configured), null);
        }

        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new InvalidOperationException(
                $"{DatabaseProviders.SettingKey} is PostgreSQL but 'ConnectionStrings:{ConnectionName}' is not set. " +
                "Set ConnectionStrings__Omics (and ConnectionStrings__OmicsOwner for migrations), or start with scripts/run.sh --postgres.");
        }

        // Only the app's connection is bounded: the owner's connects for migrations at start-up and for the command line.
        var pooled = ConnectionPool.FromConfiguration(configuration).Apply(configured);
        return new OmicsDatabase(provider, pooled, string.IsNullOrWhiteSpace(owner) ? null : owner);
    }

    /// <summary>A database of the given provider and connection, for tools that open a second one (db copy).</summary>
    public static OmicsDatabase For(DatabaseProvider provider, string connectionString, string? ownerConnectionString = null) =>
        new(provider, provider == DatabaseProvider.Sqlite ? NormalizeSqlite(connectionString) : connectionString, ownerConnectionString);

    /// <summary>Configures a context for this database with the app's connection (or the one given).</summary>
    public void Configure(DbContextOptionsBuilder options, string? connectionString = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var connection = connectionString ?? ConnectionString;
        var migrations = DatabaseProviders.MigrationsAssembly(Provider);
        if (Provider == DatabaseProvider.Sqlite)
        {
            options.UseSqlite(connection, sqlite => sqlite.MigrationsAssembly(migrations))
                .AddInterceptors(SqliteConnectionSetup.Instance);
        }
        else
        {
            options.UseNpgsql(connection, npgsql => npgsql.MigrationsAssembly(migrations)
                .ExecutionStrategy(dependencies => new StaleConnectionRetry(dependencies)));
        }
    }

    /// <summary>A context outside the app's pool, with the app's connection or the owner's.</summary>
    public OmicsDbContext CreateContext(bool asOwner = false)
    {
        var options = new DbContextOptionsBuilder<OmicsDbContext>();
        Configure(options, asOwner ? MigrationConnectionString : ConnectionString);
        return new OmicsDbContext(options.Options);
    }

    private static string SqliteConnection(IConfiguration configuration, string? configured)
    {
        var connection = string.IsNullOrWhiteSpace(configured)
            ? new SqliteConnectionStringBuilder { DataSource = Path.Combine(OmicsPaths.DataFolder(configuration), SqliteFileName) }
            : new SqliteConnectionStringBuilder(configured);
        if (!IsInMemory(connection.DataSource))
        {
            connection.DataSource = OmicsPaths.Resolve(configuration, connection.DataSource);
        }

        return NormalizeSqlite(connection.ConnectionString);
    }

    /// <summary>Foreign keys on, pooled connections, and the busy timeout for commands SQLite makes itself.</summary>
    private static string NormalizeSqlite(string connectionString)
    {
        var connection = new SqliteConnectionStringBuilder(connectionString)
        {
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = (int)SqliteBusyTimeout.TotalSeconds,
        };
        if (!IsInMemory(connection.DataSource))
        {
            connection.DataSource = Path.GetFullPath(connection.DataSource);
        }

        return connection.ConnectionString;
    }

    private static bool IsInMemory(string dataSource) =>
        dataSource.Length == 0 || dataSource.Equals(":memory:", StringComparison.OrdinalIgnoreCase);
}
