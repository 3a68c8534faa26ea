using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OmicsReports.Reporting.Print;

namespace OmicsReports.Reporting.Pdf;

/// <summary>Registers the PDF export for the web app and the command line.</summary>
public static class PdfServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="PdfExporter"/> (singleton: one Chromium per process), the <see cref="PrintComposer"/>, the
    /// options from <c>Omics:Pdf</c> (validated at start-up) and the "pdf" health check. Chromium itself starts with
    /// the first export; call <see cref="PdfExporter.WarmUpAsync"/> to start it earlier.
    /// </summary>
    public static IServiceCollection AddOmicsPdf(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<OmicsPdfOptions>()
            .Bind(configuration.GetSection(OmicsPdfOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddLogging();
        services.AddSingleton(sp => new PrintComposer(
            sp, sp.GetRequiredService<ILoggerFactory>(), sp.GetRequiredService<IOptions<OmicsPdfOptions>>().Value.Fonts));
        services.AddSingleton<PdfExporter>();
        services.AddHealthChecks().AddCheck<PdfHealthCheck>(PdfHealthCheck.Name, tags: ["pdf"]);
        return services;
    }
}
