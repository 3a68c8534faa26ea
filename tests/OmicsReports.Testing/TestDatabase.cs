using Npgsql;

namespace OmicsReports.Testing;

/// <summary>
/// A PostgreSQL database that exists for one fixture and is dropped afterwards. The server comes from
/// OMICS_TEST_CONNECTION, which scripts/test.sh sets to a throwaway database of the run; each fixture makes its own
/// database named after it, so tests neither share data nor depend on their order.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string Variable = "OMICS_TEST_CONNECTION";

    private readonly NpgsqlConnectionStringBuilder admin;

    private TestDatabase(NpgsqlConnectionStringBuilder admin, string name)
    {
        this.admin = admin;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(admin.ConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>Creates an empty database; the caller applies migrations (the app does so at start-up).</summary>
    public static async Task<TestDatabase> CreateAsync()
    {
        var baseConnection = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(baseConnection))
        {
            throw new InvalidOperationException(
                $"{Variable} is not set. Run the tests with scripts/test.sh, which starts PostgreSQL and sets it.");
        }

        var admin = new NpgsqlConnectionStringBuilder(baseConnection) { Pooling = false };
        var name = $"{admin.Database}_{Guid.NewGuid():N}"[..Math.Min(63, admin.Database!.Length + 33)];
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
        return new TestDatabase(admin, name);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
