using Microsoft.Extensions.Configuration;
using Npgsql;

namespace OmicsReports.Data.Storage;

/// <summary>
/// The bound of the app's PostgreSQL connection pool (issue 17). Every context of the app connects with the one
/// connection string this class produces, so they all share one Npgsql pool; at most <see cref="MaxPoolSize"/>
/// connections are open, and a request that finds them all busy waits up to <see cref="WaitSeconds"/> for one to be
/// returned instead of opening one more and failing with 53300 when the server's slots run out.
/// </summary>
public sealed record ConnectionPool(int MaxPoolSize, int WaitSeconds)
{
    /// <summary>Settings section of the pool.</summary>
    public const string Section = "Omics:Database";

    /// <summary>
    /// Well below PostgreSQL's default max_connections (100), which also serves the owner's migrations, the command
    /// line, backups, a DBA's session and, with two app nodes, a second pool of the same size.
    /// </summary>
    public const int DefaultMaxPoolSize = 40;

    /// <summary>How long a request waits for a free connection (Npgsql's Timeout, which also covers connecting).</summary>
    public const int DefaultWaitSeconds = 30;

    /// <summary>Reads <c>Omics:Database:MaxPoolSize</c> and <c>Omics:Database:ConnectionWaitSeconds</c>.</summary>
    public static ConnectionPool FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        var size = section.GetValue("MaxPoolSize", DefaultMaxPoolSize);
        var wait = section.GetValue("ConnectionWaitSeconds", DefaultWaitSeconds);
        if (size < 1 || wait < 1)
        {
            throw new InvalidOperationException(
                $"{Section}:MaxPoolSize and {Section}:ConnectionWaitSeconds must be at least 1 (they are {size} and {wait}).");
        }

        return new ConnectionPool(size, wait);
    }

    /// <summary>The connection string with pooling on and this bound; anything else in it is kept.</summary>
    public string Apply(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString)
    {
        Pooling = true,
        MaxPoolSize = MaxPoolSize,
        MinPoolSize = 0,
        Timeout = WaitSeconds,
    }.ConnectionString;
}
