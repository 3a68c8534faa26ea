using Microsoft.AspNetCore.Components.Server.Circuits;
using OmicsReports.Reporting.Board;
using OmicsReports.Web.Features.TumorBoard.Live;

namespace OmicsReports.Web.Features.TumorBoard;

/// <summary>The web side of tumour boards: the live coordinator (and its Redis link), the circuit handler for presence, and the PDFs.</summary>
internal static class TumorBoardServiceCollectionExtensions
{
    public static IServiceCollection AddTumorBoards(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<BoardRooms>();
        services.AddSingleton<Hosting.NodeIdentity>();
        // Several nodes share meetings through Redis when it is configured; a single node needs none.
        var sync = configuration.GetSection(BoardSyncOptions.Section);
        services.Configure<BoardSyncOptions>(sync);
        if (!string.IsNullOrWhiteSpace(sync["Configuration"]))
        {
            services.AddSingleton<RedisBoardSync>();
            services.AddHostedService(sp => sp.GetRequiredService<RedisBoardSync>());
        }

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
