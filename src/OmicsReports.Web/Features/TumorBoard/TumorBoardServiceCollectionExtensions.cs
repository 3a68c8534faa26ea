using Microsoft.AspNetCore.Components.Server.Circuits;
using OmicsReports.Reporting.Board;
using OmicsReports.Reporting.Pdf;
using OmicsReports.Web.Features.TumorBoard.Live;

namespace OmicsReports.Web.Features.TumorBoard;

/// <summary>The web side of tumour boards: the live coordinator, the circuit handler for presence, and the PDFs.</summary>
internal static class TumorBoardServiceCollectionExtensions
{
    public static IServiceCollection AddTumorBoards(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<BoardRooms>();
        services.AddScoped<BoardPresenting>();
        services.AddScoped<BoardCircuitHandler>();
        services.AddScoped<CircuitHandler>(sp => sp.GetRequiredService<BoardCircuitHandler>());
        services.AddScoped<BoardDocumentSource>();
        // The report PDF export may be registered by the host already; one Chromium per process either way.
        if (!services.Any(d => d.ServiceType == typeof(PdfExporter)))
        {
            services.AddOmicsPdf(configuration);
        }

        services.AddOmicsBoardDocuments();
        return services;
    }
}
