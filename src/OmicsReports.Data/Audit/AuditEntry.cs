namespace OmicsReports.Data.Audit;

/// <summary>
/// One row of the append-only audit trail: who did what, to which record, when and from where.
/// Rows are never updated or deleted (enforced in <see cref="OmicsDbContext"/> and by a database trigger), and each
/// row is a link of a hash chain (<see cref="AuditChain"/>), so a change or a deletion made around both is detectable.
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

    /// <summary>Position in the chain: 1, 2, 3, … without gaps, so a deleted entry leaves a hole.</summary>
    public long Sequence { get; set; }

    /// <summary>SHA-256 (hex) of the previous entry, <see cref="AuditChain.Genesis"/> for the first.</summary>
    public string PreviousHash { get; set; } = string.Empty;

    /// <summary>SHA-256 (hex) of this entry's content and <see cref="PreviousHash"/>.</summary>
    public string Hash { get; set; } = string.Empty;
}
