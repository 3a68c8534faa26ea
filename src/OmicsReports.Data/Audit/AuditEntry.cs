namespace OmicsReports.Data.Audit;

/// <summary>
/// One row of the append-only audit trail: who did what, to which record, when and from where.
/// Rows are never updated or deleted (enforced in <see cref="OmicsDbContext"/> and by a database trigger).
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>Identity user id, or empty for anonymous events such as a failed sign-in.</summary>
    public string UserId { get; set; } = string.Empty;

    /// <summary>The sign-in name at the time of the event.</summary>
    public string UserName { get; set; } = string.Empty;

    /// <summary>What happened, one of <see cref="AuditActions"/>.</summary>
    public string Action { get; set; } = string.Empty;

    /// <summary>The kind of record acted on, e.g. "Report".</summary>
    public string TargetType { get; set; } = string.Empty;

    /// <summary>Identifier of that record; an internal id, never a name or MRN.</summary>
    public string TargetId { get; set; } = string.Empty;

    /// <summary>Remote address of the request.</summary>
    public string RemoteAddress { get; set; } = string.Empty;

    /// <summary>Short free text, e.g. an amendment reason or a failure cause.</summary>
    public string Detail { get; set; } = string.Empty;
}
