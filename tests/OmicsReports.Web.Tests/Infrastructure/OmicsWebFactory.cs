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
public class OmicsWebFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string DemoPassword = "test-demo-password-1";

    private readonly string keysFolder = Path.Combine(Path.GetTempPath(), $"omics-keys-{Guid.NewGuid():N}");
    private TestDatabase? database;
    private Browser.BrowserPool? browsers;

    public Uri BaseAddress { get; private set; } = default!;

    /// <summary>The app's connection (on PostgreSQL: the app role).</summary>
    public string ConnectionString => Database.ConnectionString;

    public TestDatabase Database => database ?? throw new InvalidOperationException("Not initialized.");

    /// <summary>The Chromium and signed-in demo accounts that this app's browser tests share; closed with the app.</summary>
    public Browser.BrowserPool Browsers => browsers ??= new Browser.BrowserPool(this);

    /// <summary>The loopback address that the app trusts as a reverse proxy; tests connect from it to act as one.</summary>
    public const string TrustedProxy = "127.0.0.2";

    public virtual async Task InitializeAsync()
    {
        database = await CreateDatabaseAsync();
        await PrepareAsync(database);
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
        builder.UseSetting("Omics:ForwardedHeaders:KnownProxies:0", TrustedProxy);
        Configure(builder);
    }

    /// <summary>Work on the new database before the app starts on it (e.g. an earlier app version's start).</summary>
    protected virtual Task PrepareAsync(TestDatabase database) => Task.CompletedTask;

    /// <summary>The database of this app; a variant may hand in one that outlives it (a second app on the same data).</summary>
    protected virtual Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreateAsync();

    /// <summary>False when the database belongs to the test, not to this app.</summary>
    protected virtual bool OwnsDatabase => true;

    /// <summary>Further settings of a variant of the app (single sign-on, Production).</summary>
    protected virtual void Configure(IWebHostBuilder builder)
    {
    }

    public virtual async Task DisposeTestAsync()
    {
        if (browsers is not null)
        {
            await browsers.DisposeAsync();
        }

        await DisposeAsync();
        if (database is not null && OwnsDatabase)
        {
            await database.DisposeAsync();
        }

        if (Directory.Exists(keysFolder))
        {
            Directory.Delete(keysFolder, recursive: true);
        }
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeTestAsync();
}

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<OmicsWebFactory>
{
    public const string Name = "web app";
}

/// <summary>
/// The browser tests drive a second app of their own, so that they run beside the HTTP-level tests instead of after
/// them: a collection's tests run one after another, and the two groups together were the longest part of the suite.
/// </summary>
[CollectionDefinition(Name)]
public sealed class WebBrowserCollection : ICollectionFixture<OmicsWebFactory>
{
    public const string Name = "web app, browsers";
}
