using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using OmicsReports.Testing;

namespace OmicsReports.Web.Tests.Infrastructure;

/// <summary>
/// The real app on real Kestrel (a free loopback port) over its own throwaway database on the provider under test
/// (SQLite unless OMICS_TEST_PROVIDER says PostgreSQL; there the app connects as the role that owns nothing and
/// migrates as the owner), in Development so that the demo accounts and patients are seeded with a known password. The knowledge base, importer and rules
/// engine are the shipped ones.
/// </summary>
public sealed class OmicsWebFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string DemoPassword = "test-demo-password-1";

    private readonly string keysFolder = Path.Combine(Path.GetTempPath(), $"omics-keys-{Guid.NewGuid():N}");
    private TestDatabase? database;

    public Uri BaseAddress { get; private set; } = default!;

    /// <summary>The app's connection (on PostgreSQL: the app role).</summary>
    public string ConnectionString => Database.ConnectionString;

    public TestDatabase Database => database ?? throw new InvalidOperationException("Not initialized.");

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        UseKestrel(0);
        StartServer();
        BaseAddress = new Uri(ClientOptions.BaseAddress.GetLeftPart(UriPartial.Authority));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // UseSetting, unlike ConfigureAppConfiguration, is visible while Program.cs composes its services.
        builder.UseEnvironment("Development");
        foreach (var (key, value) in database!.Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Omics:Demo:Seed", "true");
        builder.UseSetting("Omics:Demo:Password", DemoPassword);
        builder.UseSetting("Omics:DataProtection:KeysPath", keysFolder);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (database is not null)
        {
            await database.DisposeAsync();
        }

        if (Directory.Exists(keysFolder))
        {
            Directory.Delete(keysFolder, recursive: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<OmicsWebFactory>
{
    public const string Name = "web app";
}
