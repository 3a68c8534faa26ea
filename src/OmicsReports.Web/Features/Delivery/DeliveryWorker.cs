using Microsoft.Extensions.Options;
using OmicsReports.Data.Delivery;

namespace OmicsReports.Web.Features.Delivery;

/// <summary>
/// The background worker of delivery on sign-out: claims due outbox rows one at a time and runs them. Every app node
/// may run one; claims keep them from sending the same row at once. Idle, it looks again every
/// <see cref="DeliveryOptions.PollSeconds"/>.
/// </summary>
internal sealed partial class DeliveryWorker(DeliveryOutbox outbox, DeliveryAttempt attempt, IOptionsMonitor<DeliveryOptions> options, TimeProvider clock, ILogger<DeliveryWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var claim = await outbox.ClaimNextAsync(stoppingToken);
                if (claim is not null)
                {
                    await attempt.RunAsync(claim, stoppingToken);
                    continue;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The database was unreachable, for example: log (no patient data here) and look again later.
                Failed(logger, ex);
            }

            try
            {
                await Task.Delay(TimeSpan.FromSeconds(options.CurrentValue.PollSeconds), clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The delivery worker could not claim or record a delivery; it tries again.")]
    private static partial void Failed(ILogger logger, Exception exception);
}
