using OmicsReports.Data.Reports;

namespace OmicsReports.Data.Delivery;

public enum DeliveryStatus
{
    /// <summary>Waiting for its next attempt, or being attempted by the worker that holds the lease.</summary>
    Pending,

    Delivered,

    /// <summary>Failed <see cref="DeliveryOptions.MaxAttempts"/> times; waits for an administrator's retry.</summary>
    DeadLetter,
}

/// <summary>
/// One row of the delivery outbox: a signed version to send to one destination. Written in the transaction that signs
/// the version, so a signature is never without its deliveries; one row per version and destination (unique), so a
/// version is never queued twice. A worker claims a row by setting <see cref="LeaseToken"/> and
/// <see cref="LeaseUntil"/> in one conditional UPDATE, and only the holder of the token may finish it.
/// </summary>
public sealed class DeliveryRecord
{
    public Guid Id { get; set; }

    public Guid VersionId { get; set; }

    public ReportVersionRecord? ReportVersion { get; set; }

    /// <summary>The case and version number, to load the version's snapshot as the report page does.</summary>
    public Guid CaseId { get; set; }

    public int Version { get; set; }

    /// <summary>The destination's name in the settings (<see cref="DeliveryDestination.Name"/>).</summary>
    public string Destination { get; set; } = string.Empty;

    /// <summary>The destination's kind when the row was queued, shown on the admin page.</summary>
    public DeliveryKind Kind { get; set; }

    public DeliveryStatus Status { get; set; }

    /// <summary>Failed attempts so far.</summary>
    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>Set while a worker holds the row; a lease in the past is free to take over.</summary>
    public DateTimeOffset? LeaseUntil { get; set; }

    public Guid? LeaseToken { get; set; }

    /// <summary>Why the last attempt failed (no patient data: status codes, acknowledgement codes, socket errors).</summary>
    public string LastError { get; set; } = string.Empty;

    /// <summary>When the version was signed and the row queued; also the documents' generation time, so every attempt sends the same bytes.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }
}
