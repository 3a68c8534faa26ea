namespace OmicsReports.Web.Features.Delivery;

/// <summary>
/// A destination refused or could not take a delivery. <see cref="Transient"/> failures (a 503, a dropped connection)
/// are retried at once inside the attempt; the others (a rejected message) wait for the next attempt. Messages name
/// status and acknowledgement codes only, never report content: they are stored and audited.
/// </summary>
public sealed class DeliveryFailedException : Exception
{
    public DeliveryFailedException()
    {
    }

    public DeliveryFailedException(string message)
        : base(message)
    {
    }

    public DeliveryFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DeliveryFailedException(string message, bool transient)
        : base(message) => Transient = transient;

    public bool Transient { get; }
}
