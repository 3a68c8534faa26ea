using OmicsReports.Data.Api;
using OmicsReports.Data.Pipeline;
using OmicsReports.Data.Reports;
using OmicsReports.Domain.Cases;

namespace OmicsReports.Web.Features.Api;

/// <summary>
/// Runs the API's imports one at a time through the same all-or-nothing pipeline as the web import
/// (<see cref="CaseImportService"/>), and records each outcome for GET /api/v1/imports/{id}.
/// </summary>
internal sealed partial class ApiImportWorker(ApiImportQueue queue, ApiImports imports, IServiceScopeFactory scopes, TimeProvider clock, ILogger<ApiImportWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Older than any live import can be (a full queue, each up to its timeout): left by a node that stopped.
        var cutoff = clock.GetUtcNow() - (ApiImportQueue.ImportTimeout * (ApiImportQueue.Capacity + 2));
        await imports.FailInterruptedAsync(cutoff, "The app stopped before this import ran; nothing was stored. Post the files again with a new Idempotency-Key.", stoppingToken);
        await foreach (var job in queue.Reader.ReadAllAsync(stoppingToken))
        {
            await RunAsync(job, stoppingToken);
        }
    }

    private async Task RunAsync(ApiImportJob job, CancellationToken stoppingToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(ApiImportQueue.ImportTimeout);
        ApiImportResult result;
        var status = ApiImportStatus.Failed;
        try
        {
            await imports.SetStatusAsync(job.ImportId, ApiImportStatus.Running, null, stoppingToken);
            await using var scope = scopes.CreateAsyncScope();
            var service = scope.ServiceProvider.GetRequiredService<CaseImportService>();
            var outcome = await service.ImportAsync(new Actor(job.Client, job.RemoteAddress), job.Files, null, timeout.Token);
            if (outcome.Stored)
            {
                status = ApiImportStatus.Done;
                result = new ApiImportResult(
                    outcome.Cases.Select(c => new ApiImportedVersion(c.Stored.CaseId, c.Stored.Version, c.Stored.VersionId, c.Stored.SampleId)).ToList(),
                    outcome.Problems);
            }
            else
            {
                result = new ApiImportResult([], outcome.Denied
                    ? [ImportProblem.Error("not-allowed", "(upload)", 0, null, "This client may not import.")]
                    : outcome.Problems);
            }
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            result = new ApiImportResult([], [ImportProblem.Error("timeout", "(upload)", 0, null,
                $"The import took longer than {ApiImportQueue.ImportTimeout.TotalMinutes:0} minutes and was stopped; nothing was stored.")]);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The message may quote file content, so only the type is logged (no patient data in logs).
            LogFailed(logger, job.ImportId, ex.GetType().Name);
            result = new ApiImportResult([], [ImportProblem.Error("internal", "(upload)", 0, null, "The import failed inside OmicsReports; nothing was stored. Try again later.")]);
        }

        await imports.SetStatusAsync(job.ImportId, status, result, CancellationToken.None);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "API import {ImportId} failed with {ErrorType}")]
    private static partial void LogFailed(ILogger logger, Guid importId, string errorType);
}
