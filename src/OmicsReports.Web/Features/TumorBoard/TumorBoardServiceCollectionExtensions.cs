using Microsoft.AspNetCore.Components.Server.Circuits;
using OmicsReports.Reporting.Board;
using OmicsReports.Web.Features.TumorBoard.Live;

namespace OmicsReports.Web.Features.TumorBoard;

/// <summary>The web side of tumour boards: the live coordinator, the circuit handler for presence, and the PDFs.</summary>
internal static class TumorBoardServiceCollectionExtensions
{
    public static IServiceCollection AddTumorBoards(this IServiceCollection services)
    {
        services.AddSingleton<BoardRooms>();
        services.AddScoped<BoardPresenting>();
        services.AddScoped<BoardClock>();
        services.AddScoped<BoardCircuitHandler>();
        services.AddScoped<CircuitHandler>(sp => sp.GetRequiredService<BoardCircuitHandler>());
        services.AddScoped<BoardDocumentSource>();
        // The PDFs print through the host's PdfExporter (AddOmicsPdf in AddOmicsWeb): one Chromium per process.
        services.AddOmicsBoardDocuments();
        return services;
    }
}
