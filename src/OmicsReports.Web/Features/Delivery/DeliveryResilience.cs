using System.Net.Sockets;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using OmicsReports.Data.Delivery;

namespace OmicsReports.Web.Features.Delivery;

/// <summary>
/// One attempt as a Polly pipeline: each try is bounded by <see cref="DeliveryOptions.AttemptTimeoutSeconds"/>, and
/// passing faults (connection refused or dropped, 5xx, timeouts) are tried again at once with exponential, jittered
/// delays, <see cref="DeliveryOptions.RetriesPerAttempt"/> times. Longer outages are the outbox's business: a failed
/// attempt waits its backoff in the database, where a restart cannot lose it.
/// </summary>
internal static class DeliveryResilience
{
    public static ResiliencePipeline Build(DeliveryOptions options, Func<OnRetryArguments<object>, ValueTask> onRetry)
    {
        var builder = new ResiliencePipelineBuilder();
        if (options.RetriesPerAttempt > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.RetriesPerAttempt,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromSeconds(options.RetryDelaySeconds),
                ShouldHandle = new PredicateBuilder()
                    .Handle<DeliveryFailedException>(e => e.Transient)
                    .Handle<HttpRequestException>()
                    .Handle<SocketException>()
                    .Handle<IOException>()
                    .Handle<TimeoutRejectedException>(),
                OnRetry = onRetry,
            });
        }

        return builder.AddTimeout(TimeSpan.FromSeconds(options.AttemptTimeoutSeconds)).Build();
    }

    /// <summary>The failure as stored and audited: the destination's answer, or the kind of fault.</summary>
    public static string Describe(Exception exception) => exception switch
    {
        DeliveryFailedException failed => failed.Message,
        TimeoutRejectedException => "no answer within the attempt timeout",
        HttpRequestException http => $"HTTP request failed ({http.HttpRequestError})",
        SocketException socket => $"socket error {socket.SocketErrorCode}",
        _ => $"{exception.GetType().Name}: {exception.Message}",
    };
}
