using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Reporting.Pdf;
using OmicsReports.Reporting.Print;

namespace OmicsReports.Reporting.Tests.Pdf;

/// <summary>Tests that start Chromium run one at a time: the machine has two cores and each browser takes ~0.7 GB.</summary>
[CollectionDefinition(Name)]
public sealed class ChromiumCollection : ICollectionFixture<PdfExporterFixture>
{
    public const string Name = "Chromium";
}

/// <summary>One real exporter (real Chromium) shared by a collection, and a folder for the PDFs it writes.</summary>
public sealed class PdfExporterFixture : IAsyncLifetime
{
    private ServiceProvider? services;

    public PdfExporter Exporter { get; private set; } = default!;

    /// <summary>Where the tests write PDFs; set OMICS_KEEP_TEST_PDFS=1 to keep them for a look.</summary>
    public string Folder { get; } = Directory.CreateTempSubdirectory("omics-pdf-tests-").FullName;

    private static bool Keep => Environment.GetEnvironmentVariable("OMICS_KEEP_TEST_PDFS") == "1";

    /// <summary>Builds an exporter as the app does (AddOmicsPdf), with settings overriding the defaults.</summary>
    public static ServiceProvider Services(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create<string, string?>($"{OmicsPdfOptions.Section}:{s.Key}", s.Value)))
            .Build();
        return new ServiceCollection().AddOmicsPdf(configuration).BuildServiceProvider(validateScopes: true);
    }

    public async Task<string> ExportAsync(PrintRequest request, string name, PdfExporter? exporter = null)
    {
        var file = await (exporter ?? Exporter).ExportAsync(request);
        var path = Path.Combine(Folder, name + ".pdf");
        await File.WriteAllBytesAsync(path, file.Content);
        return path;
    }

    public Task InitializeAsync()
    {
        services = Services();
        Exporter = services.GetRequiredService<PdfExporter>();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (services is not null)
        {
            await services.DisposeAsync();
        }

        if (!Keep)
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
