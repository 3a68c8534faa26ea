using Microsoft.EntityFrameworkCore;
using OmicsReports.Data.Storage;

namespace OmicsReports.Data.Tests;

/// <summary>
/// Each provider's migration set is complete: a change to the model without a migration in both sets fails here
/// (scripts/add-migration.sh adds one to both).
/// </summary>
public sealed class MigrationSetTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=never-opened.db")]
    [InlineData(DatabaseProvider.PostgreSQL, "Host=never-contacted;Database=omics")]
    public void MigrationSet_MatchesTheModel(DatabaseProvider provider, string connection)
    {
        using var db = OmicsDatabase.For(provider, connection).CreateContext();

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} migrations lack a change of the model: run scripts/add-migration.sh.");
    }
}
