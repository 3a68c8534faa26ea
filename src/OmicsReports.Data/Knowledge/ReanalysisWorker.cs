using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OmicsReports.Data.Pipeline;

namespace OmicsReports.Data.Knowledge;

/// <summary>Wakes the worker when a curator starts a run, instead of waiting for its next look.</summary>
public sealed class ReanalysisSignal
{
    private readonly Channel<bool> channel = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => channel.Writer.TryWrite(true);

    internal async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            await channel.Reader.ReadAsync(timer.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The periodic look: a run started on another node, or one left by a crash.
        }
    }
}

/// <summary>
/// The app's background reanalysis: at start it resumes a run that a crash or stop left unfinished, then runs each
/// run a curator starts. Runs under another release than the app's are left for a program that has it.
/// </summary>
public sealed partial class ReanalysisWorker(IServiceProvider services, ReanalysisSignal signal, ILogger<ReanalysisWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var engine = services.GetService<IReportEngine>();
        if (engine?.KnowledgeBase is not { } stamp)
        {
            return;
        }

        var job = services.GetRequiredService<ReanalysisJob>();
        var runner = services.GetRequiredService<ReanalysisRunner>();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await job.UnfinishedAsync(stamp.Sha256, stoppingToken) is { } runId)
                {
                    LogRunning(logger, runId);
                    try
                    {
                        var done = await runner.RunAsync(runId, engine, stoppingToken);
                        LogFinished(logger, runId, done.Status, done.Processed, done.Changed);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException && !Hosting.DatabaseFailure.Is(ex))
                    {
                        // A snapshot the engine cannot read: the run stops as failed rather than retrying forever.
                        LogFailed(logger, ex.GetType().Name);
                        await runner.FailAsync(runId, $"The evaluation stopped ({ex.GetType().Name}); the cases done so far are kept.", stoppingToken);
                    }

                    continue;
                }

                await signal.WaitAsync(TimeSpan.FromSeconds(10), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (Hosting.DatabaseFailure.Is(ex))
            {
                // Counts only: the exception of a snapshot could quote patient data, so its message is not logged.
                LogFailed(logger, ex.GetType().Name);
                await Task.Delay(TimeSpan.FromSeconds(30), stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reanalysis {RunId} running.")]
    private static partial void LogRunning(ILogger logger, Guid runId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reanalysis {RunId} {Status}: {Processed} case(s), {Changed} changed.")]
    private static partial void LogFinished(ILogger logger, Guid runId, string status, int processed, int changed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reanalysis stopped by a {Error}; it resumes in 30 s.")]
    private static partial void LogFailed(ILogger logger, string error);
}
