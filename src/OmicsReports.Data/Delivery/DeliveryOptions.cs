namespace OmicsReports.Data.Delivery;

/// <summary>Where a destination sends: the three kinds the worker knows.</summary>
public enum DeliveryKind
{
    /// <summary>A FHIR R4 server: one POST of a transaction Bundle to its base URL.</summary>
    FhirServer,

    /// <summary>An HL7 v2 interface engine listening for MLLP-framed messages over TCP.</summary>
    Mllp,

    /// <summary>A folder (often a share an interface engine watches): the PDF, the FHIR Bundle and the HL7 message.</summary>
    Folder,
}

/// <summary>One configured receiver of signed reports (<c>Omics:Delivery:Destinations</c>).</summary>
public sealed class DeliveryDestination
{
    /// <summary>A short unique name, recorded on each outbox row and in the audit; keep it once used.</summary>
    public string Name { get; set; } = string.Empty;

    public DeliveryKind Kind { get; set; }

    /// <summary>FhirServer: the server's base URL, which receives the transaction Bundle.</summary>
    public string? Url { get; set; }

    /// <summary>Mllp: host name or address of the listener.</summary>
    public string? Host { get; set; }

    /// <summary>Mllp: TCP port of the listener.</summary>
    public int Port { get; set; }

    /// <summary>Folder: where the files are written (relative paths start at the deployment folder).</summary>
    public string? Path { get; set; }

    /// <summary>False keeps the destination configured without queueing new deliveries to it.</summary>
    public bool Enabled { get; set; } = true;
}

/// <summary>
/// Delivery on sign-out, section <c>Omics:Delivery</c>: the destinations, and how failed attempts are retried
/// (docs/interop.md, "Delivery on sign-out").
/// </summary>
public sealed class DeliveryOptions
{
    public const string Section = "Omics:Delivery";

    public IList<DeliveryDestination> Destinations { get; } = [];

    /// <summary>Failed attempts after which a delivery becomes a dead letter and waits for an administrator.</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>Wait after the first failed attempt; each further failure doubles it, up to <see cref="MaxBackoffSeconds"/>.</summary>
    public double BackoffSeconds { get; set; } = 30;

    public double MaxBackoffSeconds { get; set; } = 3600;

    /// <summary>Quick retries inside one attempt for passing network faults (Polly, exponential with jitter).</summary>
    public int RetriesPerAttempt { get; set; } = 2;

    /// <summary>First delay of those quick retries.</summary>
    public double RetryDelaySeconds { get; set; } = 1;

    /// <summary>Time one try may take (connect, send, answer) before it counts as failed.</summary>
    public double AttemptTimeoutSeconds { get; set; } = 60;

    /// <summary>
    /// How long a claimed delivery belongs to the worker that claimed it. A worker that dies mid-delivery leaves the row
    /// claimed until then; another worker then takes it over. Must exceed the longest attempt with its quick retries.
    /// </summary>
    public double LeaseSeconds { get; set; } = 600;

    /// <summary>How often an idle worker looks for due deliveries.</summary>
    public double PollSeconds { get; set; } = 5;

    /// <summary>The wait before the next attempt after <paramref name="failures"/> failed attempts.</summary>
    public TimeSpan BackoffAfter(int failures)
    {
        var seconds = BackoffSeconds * Math.Pow(2, Math.Clamp(failures - 1, 0, 30));
        return TimeSpan.FromSeconds(Math.Min(seconds, MaxBackoffSeconds));
    }
}
