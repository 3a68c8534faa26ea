namespace OmicsReports.Reporting.Pdf;

/// <summary>The browser disconnected while a call was waiting for it.</summary>
internal sealed class BrowserDisconnectedException : Exception
{
    public BrowserDisconnectedException()
        : base("Chromium disconnected.")
    {
    }

    public BrowserDisconnectedException(string message)
        : base(message)
    {
    }

    public BrowserDisconnectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
