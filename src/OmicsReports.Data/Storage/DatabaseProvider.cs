namespace OmicsReports.Data.Storage;

/// <summary>The database engines the one model runs on (setting <c>Omics:Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded file in the data folder: one machine, nothing to install. The default.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server: shared deployments, several app nodes, separate owner and app roles.</summary>
    PostgreSQL,
}

/// <summary>Parses the provider setting, accepting the spellings people type.</summary>
public static class DatabaseProviders
{
    public const string SettingKey = "Omics:Database:Provider";

    /// <summary>The assembly that holds each provider's migrations.</summary>
    public static string MigrationsAssembly(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.PostgreSQL => "OmicsReports.Data.PostgreSQL",
        _ => "OmicsReports.Data.Sqlite",
    };

    public static DatabaseProvider Parse(string? value) => (value ?? string.Empty).Trim().ToUpperInvariant() switch
    {
        "" or "SQLITE" => DatabaseProvider.Sqlite,
        "POSTGRESQL" or "POSTGRES" or "NPGSQL" or "PG" => DatabaseProvider.PostgreSQL,
        _ => throw new InvalidOperationException(
            $"{SettingKey} is '{value}'; use Sqlite (the default, an embedded file) or PostgreSQL."),
    };
}
