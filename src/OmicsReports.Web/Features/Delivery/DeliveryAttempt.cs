using Microsoft.Extensions.Options;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Delivery;
using OmicsReports.Data.Hosting;
using OmicsReports.Data.Reports;
using OmicsReports.Ingest.Knowledge;
using OmicsReports.Reporting.Hl7v2;
using OmicsReports.Reporting.Pdf;

namespace OmicsReports.Web.Features.Delivery;

/// <summary>
/// Runs one claimed delivery: builds the documents, sends them to the destination through the resilience pipeline,
/// and records the outcome on the outbox row. Every try is audited. A stop of the app in the middle leaves the row
/// claimed and untouched: its lease runs out and a worker delivers it again, with the same ids.
/// </summary>
internal sealed class DeliveryAttempt(
    DeliveryOutbox outbox,
    IOptionsMonitor<DeliveryOptions> options,
    ReportReader reader,
    PdfExporter exporter,
    LoadedKnowledge knowledge,
    IOptions<Hl7Options> hl7,
    IHttpClientFactory http,
    IConfiguration configuration)
{
    public const string HttpClientName = "delivery";

    public async Task RunAsync(DeliveryClaim claim, CancellationToken stopping)
    {
        var settings = options.CurrentValue;
        var destination = settings.Destinations.FirstOrDefault(d => string.Equals(d.Name, claim.Destination, StringComparison.OrdinalIgnoreCase));
        string outcome;
        try
        {
            if (destination is null)
            {
                throw new DeliveryFailedException($"No destination named {claim.Destination} is configured any more.");
            }

            var documents = await DeliveryDocuments.LoadAsync(claim, reader, exporter, knowledge, hl7.Value, stopping);
            var tries = 0;
            var pipeline = DeliveryResilience.Build(settings, args => new ValueTask(outbox.RecordAsync(AuditActions.Delivery, claim,
                $"try {args.AttemptNumber + 1} of attempt {claim.Attempts + 1} failed ({DeliveryResilience.Describe(args.Outcome.Exception!)}); trying again in {args.RetryDelay.TotalSeconds:0.#} s",
                CancellationToken.None)));
            outcome = await pipeline.ExecuteAsync(async token =>
            {
                tries++;
                return await SendAsync(destination, documents, token);
            }, stopping);
            outcome = $"attempt {claim.Attempts + 1}, try {tries}: {outcome}";
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The app is stopping: leave the row as a crash would, for the next worker after the lease.
            throw;
        }
        catch (Exception ex)
        {
            await outbox.FailAsync(claim, DeliveryResilience.Describe(ex), CancellationToken.None);
            return;
        }

        await outbox.CompleteAsync(claim, outcome, CancellationToken.None);
    }

    private Task<string> SendAsync(DeliveryDestination destination, DeliveryDocuments documents, CancellationToken cancellationToken) => destination.Kind switch
    {
        DeliveryKind.FhirServer => FhirServerSender.SendAsync(http.CreateClient(HttpClientName), new Uri(destination.Url!), documents, cancellationToken),
        DeliveryKind.Mllp => MllpSender.SendAsync(destination.Host!, destination.Port, documents, cancellationToken),
        DeliveryKind.Folder => FolderSender.SendAsync(OmicsPaths.Resolve(configuration, destination.Path!), documents, cancellationToken),
        _ => throw new DeliveryFailedException($"Unknown destination kind {destination.Kind}."),
    };
}
