using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Reports;

namespace OmicsReports.Data.Reports;

/// <summary>One line of a case's version history.</summary>
public sealed record VersionSummary(
    Guid Id,
    int Version,
    ReportStatus Status,
    string Origin,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    int? AmendsVersion,
    string? AmendmentReason,
    DateTimeOffset? SignedAt,
    string? SignedByName,
    string KnowledgeBaseVersion);

/// <summary>Everything the report page shows for one version: snapshots, review, signature and history.</summary>
public sealed record ReportVersionView
{
    public required Guid PatientId { get; init; }

    public required Guid CaseId { get; init; }

    public required VersionSummary Summary { get; init; }

    public required OmicsCase Case { get; init; }

    public required OmicsReport Report { get; init; }

    public required string InterpretiveComment { get; init; }

    public required IReadOnlyList<HiddenImplication> Hidden { get; init; }

    public string? AttestationStatement { get; init; }

    public required Guid Revision { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    public required string UpdatedBy { get; init; }

    /// <summary>Every version of the case, newest first.</summary>
    public required IReadOnlyList<VersionSummary> History { get; init; }

    public Guid VersionId => Summary.Id;

    public int Version => Summary.Version;

    public ReportStatus Status => Summary.Status;

    /// <summary>The newer signed version that replaces this one, if any.</summary>
    public VersionSummary? SupersededBy => History.Where(v => v.Version > Version && v.Status.IsSigned()).MinBy(v => v.Version);
}

/// <summary>The immutable content of a version, deserialised once and shared.</summary>
public sealed record VersionSnapshot(OmicsCase Case, OmicsReport Report);
