namespace OmicsReports.Testing;

/// <summary>
/// The provider matrix of scripts/test.sh. Every test runs on SQLite (the default); test classes marked
/// <c>[Trait(DatabaseMatrix.Trait, DatabaseMatrix.Both)]</c> run again with <see cref="TestDatabase.ProviderVariable"/>
/// set to PostgreSQL, and those marked <see cref="PostgreSqlOnly"/> run only then (they test what only PostgreSQL
/// has, such as roles; run on SQLite they fail and say why).
/// </summary>
public static class DatabaseMatrix
{
    public const string Trait = "Database";

    /// <summary>Data-layer, lifecycle, immutability, audit and integration tests: run on both providers.</summary>
    public const string Both = "Both";

    /// <summary>Tests of PostgreSQL-only behaviour: run only in the PostgreSQL pass.</summary>
    public const string PostgreSqlOnly = "PostgreSQL";
}
