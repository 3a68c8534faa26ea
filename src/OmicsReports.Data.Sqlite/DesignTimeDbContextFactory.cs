using Microsoft.EntityFrameworkCore.Design;
using OmicsReports.Data.Storage;

namespace OmicsReports.Data.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite model without starting the app. Never opens the file.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<OmicsDbContext>
{
    public OmicsDbContext CreateDbContext(string[] args) =>
        OmicsDatabase.For(DatabaseProvider.Sqlite, "Data Source=design-time-only.db").CreateContext();
}
