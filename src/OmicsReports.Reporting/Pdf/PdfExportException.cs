namespace OmicsReports.Reporting.Pdf;

/// <summary>Why an export failed; the caller chooses the status code or exit code from it.</summary>
public enum PdfFailure
{
    /// <summary>Chromium is missing or does not start: an operator must act (see the message).</summary>
    Unavailable,

    /// <summary>The export did not finish in <see cref="OmicsPdfOptions.TimeoutSeconds"/>; retrying later may work.</summary>
    Timeout,

    /// <summary>Chromium stopped during the export; it is restarted for the next one.</summary>
    BrowserCrashed,

    /// <summary>Chromium refused to print the document.</summary>
    RenderFailed,
}

/// <summary>
/// A PDF export that failed. <see cref="Exception.Message"/> is written for the person who asked for the PDF and
/// contains no patient data, so it can be shown and logged as it is.
/// </summary>
public sealed class PdfExportException : Exception
{
    public PdfExportException()
        : this(PdfFailure.RenderFailed, "The PDF could not be produced.")
    {
    }

    public PdfExportException(string message)
        : this(PdfFailure.RenderFailed, message)
    {
    }

    public PdfExportException(string message, Exception innerException)
        : this(PdfFailure.RenderFailed, message, innerException)
    {
    }

    public PdfExportException(PdfFailure failure, string message, Exception? innerException = null)
        : base(message, innerException) => Failure = failure;

    public PdfFailure Failure { get; }

    /// <summary>True when trying again may succeed without anyone changing the installation.</summary>
    public bool IsTransient => Failure is PdfFailure.Timeout or PdfFailure.BrowserCrashed;
}
