using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OmicsReports.Data;
using OmicsReports.Data.Cases;
using OmicsReports.Data.Patients;
using OmicsReports.Data.Reports;
using OmicsReports.Testing;

namespace OmicsReports.Data.Tests;

/// <summary>
/// The data layer as the app composes it (AddOmicsData, Identity stores), over a migrated throwaway database of the
/// provider under test, without the web host. One per test class; tests own the rows they create.
/// </summary>
public sealed class DataHost : IAsyncLifetime, IAsyncDisposable
{
    private IHost? host;

    public TestDatabase Database { get; private set; } = default!;

    public IServiceProvider Services => host!.Services;

    /// <summary>Which provider to use; null for the one under test (<see cref="TestDatabase.ProviderVariable"/>).</summary>
    public Storage.DatabaseProvider? Provider { get; init; }

    /// <summary>A started host for one test that changes its database beyond repair (tampering, say).</summary>
    public static async Task<DataHost> StartAsync(Storage.DatabaseProvider? provider = null)
    {
        var host = new DataHost { Provider = provider };
        await host.InitializeAsync();
        return host;
    }

    public async Task InitializeAsync()
    {
        Database = Provider is { } provider ? await TestDatabase.CreateAsync(provider) : await TestDatabase.CreateAsync();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Production });
        builder.Configuration.AddInMemoryCollection(Database.Settings);
        builder.AddOmicsData();
        builder.Services.AddOmicsIdentityCore(builder.Configuration);
        host = builder.Build();
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseStartup>().MigrateAsync();
    }

    public async Task<OmicsDbContext> ContextAsync() =>
        await Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>().CreateDbContextAsync();

    /// <summary>A patient with one case whose newest version has the given status and time (no engine involved).</summary>
    public async Task<CaseRecord> AddCaseAsync(string familyName, ReportStatus status, DateTimeOffset updatedAt, DateOnly? birthDate = null)
    {
        var patient = new PatientRecord
        {
            Id = Guid.NewGuid(), Mrn = $"MRN-{Guid.NewGuid():N}"[..20], SourcePatientId = familyName, FamilyName = familyName,
            GivenName = "Test", BirthDate = birthDate, CreatedAt = updatedAt,
        };
        var record = new CaseRecord
        {
            Id = Guid.NewGuid(), PatientId = patient.Id, SampleId = $"S-{Guid.NewGuid():N}", CreatedAt = updatedAt,
            LatestVersion = 1, LatestStatus = status, UpdatedAt = updatedAt, TumorTypeCode = "MEL", TumorTypeName = "Melanoma",
        };
        await using var db = await ContextAsync();
        db.Patients.Add(patient);
        db.Cases.Add(record);
        await db.SaveChangesAsync();
        return record;
    }

    public async Task DisposeAsync()
    {
        host?.Dispose();
        await Database.DisposeAsync();
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();
}
