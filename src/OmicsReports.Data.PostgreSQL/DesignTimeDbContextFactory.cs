using Microsoft.EntityFrameworkCore.Design;
using OmicsReports.Data.Storage;

namespace OmicsReports.Data.PostgreSQL;

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL model without starting the app. Never connects.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<OmicsDbContext>
{
    public OmicsDbContext CreateDbContext(string[] args) =>
        OmicsDatabase.For(DatabaseProvider.PostgreSQL, "Host=design-time-only;Database=omics").CreateContext();
}
