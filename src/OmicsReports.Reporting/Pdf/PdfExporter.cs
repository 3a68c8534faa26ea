using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using OmicsReports.Reporting.Print;

namespace OmicsReports.Reporting.Pdf;

/// <summary>An exported report: the bytes, the file name to save it under, and what went into its properties.</summary>
public sealed record PdfFile(byte[] Content, string FileName, PdfMetadata Metadata)
{
    public const string ContentType = "application/pdf";
}

/// <summary>
/// Turns a report version into an EHR-ready PDF: Razor print components to HTML, printed by the shared Chromium on a
/// reused page, then document information appended. At most <see cref="OmicsPdfOptions.MaxConcurrentExports"/> print
/// at once; each export either succeeds within <see cref="OmicsPdfOptions.TimeoutSeconds"/> or throws a
/// <see cref="PdfExportException"/> whose message can be shown as it is. Register as a singleton.
/// </summary>
public sealed partial class PdfExporter : IAsyncDisposable
{
    private readonly OmicsPdfOptions options;
    private readonly PrintComposer composer;
    private readonly ILogger<PdfExporter> logger;
    private readonly SemaphoreSlim slots;
    private int running;

    public PdfExporter(IOptions<OmicsPdfOptions> options, PrintComposer composer, ILogger<PdfExporter> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Value;
        this.composer = composer;
        this.logger = logger;
        slots = new SemaphoreSlim(this.options.MaxConcurrentExports);
        Host = new ChromiumHost(this.options, logger);
    }

    internal ChromiumHost Host { get; }

    public OmicsPdfOptions Options => options;

    /// <summary>Starts Chromium now rather than with the first export (for start-up, or before a batch).</summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken = default) =>
        await Host.EnsureStartedAsync(cancellationToken).ConfigureAwait(false);

    public Task<PdfFile> ExportAsync(PrintRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var metadata = PdfMetadata.For(request, options.Organization);
        var version = request.Version;
        var fileName = PdfFileName.For(request.Case.Patient.Mrn, request.Report.SampleId, version.ReportId, version.Version);
        return PrintBoundedAsync(() => composer.ComposeAsync(request, metadata.Title), metadata, fileName, cancellationToken);
    }

    /// <summary>
    /// Composes, waits for a free page, prints and appends the document information, all within one timeout; every
    /// failure leaves as a <see cref="PdfExportException"/> with a message for the user.
    /// </summary>
    private async Task<PdfFile> PrintBoundedAsync(Func<Task<PrintedHtml>> compose, PdfMetadata metadata, string fileName, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.Timeout);
        try
        {
            var html = await compose().ConfigureAwait(false);
            await slots.WaitAsync(deadline.Token).ConfigureAwait(false);
            byte[] printed;
            Interlocked.Increment(ref running);
            try
            {
                printed = await PrintRetryingAsync(html, deadline.Token).ConfigureAwait(false);
            }
            finally
            {
                Interlocked.Decrement(ref running);
                slots.Release();
            }

            var content = WithInfo(printed, metadata);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LogExported(logger, elapsed, content.Length);
            return new PdfFile(content, fileName, metadata);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, PdfFailure.Timeout);
            throw new PdfExportException(PdfFailure.Timeout,
                $"The PDF was not ready within {options.TimeoutSeconds} s and the export was stopped. " +
                "The server may be busy: try again in a minute.", ex);
        }
        catch (PdfExportException ex)
        {
            LogFailed(logger, ex.Failure);
            throw;
        }
    }

    /// <summary>Exports in progress right now (printing, not waiting).</summary>
    public int Running => Volatile.Read(ref running);

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync().ConfigureAwait(false);
        slots.Dispose();
    }

    /// <summary>
    /// Prints; when Chromium dies under the export (killed, out of memory), prints once more on a fresh browser within
    /// the same deadline, so the person who asked gets the PDF rather than an error. A second death in a row is reported.
    /// </summary>
    private async Task<byte[]> PrintRetryingAsync(PrintedHtml html, CancellationToken token)
    {
        try
        {
            return await PrintAsync(html, token).ConfigureAwait(false);
        }
        catch (PdfExportException ex) when (ex.Failure == PdfFailure.BrowserCrashed)
        {
            LogRetrying(logger);
        }

        try
        {
            return await PrintAsync(html, token).ConfigureAwait(false);
        }
        catch (PdfExportException ex) when (ex.Failure == PdfFailure.BrowserCrashed)
        {
            throw new PdfExportException(PdfFailure.BrowserCrashed,
                "The PDF printer (Chromium) stopped during the export, and again on a second attempt. Try again in a minute; " +
                "if it keeps happening, tell the administrator.", ex);
        }
    }

    private async Task<byte[]> PrintAsync(PrintedHtml html, CancellationToken token)
    {
        var session = await Host.EnsureStartedAsync(token).ConfigureAwait(false);
        IPage? page = null;
        var reusable = false;
        try
        {
            page = await session.RentAsync(token).ConfigureAwait(false);
            var timeout = (float)options.Timeout.TotalMilliseconds;
            await session.GuardAsync(page.SetContentAsync(html.Document, new PageSetContentOptions { Timeout = timeout, WaitUntil = WaitUntilState.Load }), token)
                .ConfigureAwait(false);
            var pdf = await session.GuardAsync(page.PdfAsync(PdfOptions(html)), token).ConfigureAwait(false);
            reusable = true;
            return pdf;
        }
        catch (BrowserDisconnectedException ex)
        {
            throw Crashed(ex);
        }
        catch (System.TimeoutException ex)
        {
            throw new PdfExportException(PdfFailure.Timeout,
                "Chromium did not finish printing in time and the export was stopped. Try again in a minute.", ex);
        }
        catch (PlaywrightException ex)
        {
            // Playwright may report the call's failure before the disconnection: give that a moment to arrive, so that a
            // dead browser is told from a page that failed (only a dead browser is replaced).
            throw await session.WaitForDisconnectAsync(TimeSpan.FromSeconds(1)).ConfigureAwait(false)
                ? Crashed(ex)
                : new PdfExportException(PdfFailure.RenderFailed, "Chromium could not print this report.", ex);
        }
        finally
        {
            if (page is not null)
            {
                session.Return(page, reusable);
            }
        }
    }

    private static byte[] WithInfo(byte[] printed, PdfMetadata metadata)
    {
        try
        {
            return PdfInfoWriter.Append(printed, metadata);
        }
        catch (InvalidDataException ex)
        {
            // Chromium's own output should always parse; if a new version writes something else, say so plainly.
            throw new PdfExportException(PdfFailure.RenderFailed, "Chromium printed a PDF whose properties could not be set.", ex);
        }
    }

    private PagePdfOptions PdfOptions(PrintedHtml html) => new()
    {
        Format = options.PaperSize == PaperSize.Letter ? "Letter" : "A4",
        PrintBackground = true,
        DisplayHeaderFooter = true,
        HeaderTemplate = html.HeaderTemplate,
        FooterTemplate = html.FooterTemplate,
        // The top margin holds the identification header (two lines with a status mark), the bottom one the footer.
        Margin = new Margin { Top = "24mm", Bottom = "16mm", Left = "14mm", Right = "14mm" },
        Tagged = true,
        Outline = true,
    };

    private static PdfExportException Crashed(Exception cause) => new(PdfFailure.BrowserCrashed,
        "The PDF printer (Chromium) stopped during the export. It restarts by itself: try again.", cause);

    [LoggerMessage(Level = LogLevel.Information, Message = "PDF exported in {Milliseconds:0} ms, {Bytes} bytes")]
    private static partial void LogExported(ILogger logger, double milliseconds, int bytes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "PDF export: Chromium stopped during the export; printing it again on a new browser")]
    private static partial void LogRetrying(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "PDF export failed: {Failure}")]
    private static partial void LogFailed(ILogger logger, PdfFailure failure);
}
