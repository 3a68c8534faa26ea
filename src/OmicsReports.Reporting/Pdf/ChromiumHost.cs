using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using OmicsReports.Reporting.Print;

namespace OmicsReports.Reporting.Pdf;

/// <summary>
/// Owns the one long-lived Chromium: started by the first export (or <see cref="EnsureStartedAsync"/>), started again
/// when it has died. Launches are serialised; a dead session is disposed before the next one starts.
/// </summary>
internal sealed partial class ChromiumHost(OmicsPdfOptions options, ILogger logger) : IAsyncDisposable
{
    private readonly SemaphoreSlim launchGate = new(1, 1);
    private ChromiumSession? session;
    private bool disposed;

    /// <summary>Why the last launch failed; null once a launch succeeds.</summary>
    public string? LastLaunchError { get; private set; }

    public ChromiumSession? Current => session is { IsAlive: true } s ? s : null;

    public async Task<ChromiumSession> EnsureStartedAsync(CancellationToken cancellationToken)
    {
        if (Current is { } alive)
        {
            return alive;
        }

        await launchGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (Current is { } started)
            {
                return started;
            }

            if (session is { } dead)
            {
                session = null;
                LogRestart(logger);
                await dead.DisposeAsync().ConfigureAwait(false);
            }

            if (!File.Exists(options.ChromiumPath))
            {
                LastLaunchError = MissingChromium(options.ChromiumPath);
                throw new PdfExportException(PdfFailure.Unavailable, LastLaunchError);
            }

            // The launch is not cancelled with the caller: abandoning it half-way would leave a browser behind.
            session = await ChromiumSession.LaunchAsync(options).ConfigureAwait(false);
            LastLaunchError = null;
            LogStarted(logger, options.ChromiumPath);
            return session;
        }
        catch (PlaywrightException ex)
        {
            if (await CancelledMeanwhileAsync(cancellationToken).ConfigureAwait(false))
            {
                LogLaunchCancelled(logger);
                throw new OperationCanceledException("The Chromium start was cancelled.", ex, cancellationToken);
            }

            LastLaunchError = $"PDF export is unavailable: Chromium at {options.ChromiumPath} did not start " +
                              $"({FirstLine(ex.Message)}). Check the installation: {PrintFonts.InstallHint}";
            LogLaunchFailed(logger, ex);
            throw new PdfExportException(PdfFailure.Unavailable, LastLaunchError, ex);
        }
        finally
        {
            launchGate.Release();
        }
    }

    public static string MissingChromium(string path) =>
        $"PDF export is unavailable: Chromium was not found at {path}. Install it with: {PrintFonts.InstallHint} " +
        "(or set Omics:Pdf:ChromiumPath).";

    public async ValueTask DisposeAsync()
    {
        await launchGate.WaitAsync().ConfigureAwait(false);
        try
        {
            disposed = true;
            if (session is { } s)
            {
                session = null;
                await s.DisposeAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            launchGate.Release();
        }
    }

    /// <summary>
    /// True when the caller gave up while Chromium was starting, or does within a moment of the failure: the signal
    /// that stops the app (Ctrl-C reaches the whole process group) also ends the Playwright driver and the browser,
    /// and their failure can arrive before the app's own stopping token fires. Nothing is wrong with the installation
    /// then, so the start is reported as cancelled rather than failed.
    /// </summary>
    private static async Task<bool> CancelledMeanwhileAsync(CancellationToken cancellationToken)
    {
        if (!cancellationToken.CanBeCanceled || cancellationToken.IsCancellationRequested)
        {
            return cancellationToken.IsCancellationRequested;
        }

        try
        {
            await Task.Delay(StopGrace, cancellationToken).ConfigureAwait(false);
            return false;
        }
        catch (OperationCanceledException)
        {
            return true;
        }
    }

    /// <summary>How long a failed start waits for a cancellation that may be on its way (see <see cref="CancelledMeanwhileAsync"/>).</summary>
    internal static TimeSpan StopGrace { get; } = TimeSpan.FromSeconds(3);

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();

    [LoggerMessage(Level = LogLevel.Information, Message = "PDF printer started: Chromium {Path}")]
    private static partial void LogStarted(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "PDF printer: Chromium had stopped; starting a new one")]
    private static partial void LogRestart(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "PDF printer: Chromium start abandoned, the caller (or the app) stopped")]
    private static partial void LogLaunchCancelled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "PDF printer: Chromium did not start")]
    private static partial void LogLaunchFailed(ILogger logger, Exception exception);
}
