using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OmicsReports.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the app. Never connects.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<OmicsDbContext>
{
    public OmicsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<OmicsDbContext>()
            .UseNpgsql("Host=design-time-only;Database=omics")
            .Options);
}
