using System.Diagnostics.CodeAnalysis;

namespace OmicsReports.Reporting.Components;

/// <summary>How far a version has come through sign-out, for styling the status badge.</summary>
public enum VersionState
{
    Draft,
    InReview,

    [SuppressMessage("Naming", "CA1720", Justification = "'Signed' is the sign-out state pathologists name, not a type.")]
    Signed,
    Amended,
}

/// <summary>
/// What the report components need to know about the stored version they show, besides the case and the report:
/// its number and sign-out state, and the signature once there is one. Screen and PDF fill it from the database.
/// </summary>
public sealed record ReportVersionHeader
{
    public required int Version { get; init; }

    public required VersionState State { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public string? SignedBy { get; init; }

    public DateTimeOffset? SignedAt { get; init; }

    public string? Attestation { get; init; }

    /// <summary>The version this one amends, with the reason given.</summary>
    public int? AmendsVersion { get; init; }

    public string? AmendmentReason { get; init; }

    public string InterpretiveComment { get; init; } = string.Empty;

    /// <summary>A newer signed version that replaces this one.</summary>
    public int? SupersededBy { get; init; }

    public string StateLabel => StatusBadge.Label(State);

    public bool IsSigned => State is VersionState.Signed or VersionState.Amended;
}
