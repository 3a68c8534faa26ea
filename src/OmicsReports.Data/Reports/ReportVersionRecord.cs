using OmicsReports.Data.Cases;

namespace OmicsReports.Data.Reports;

/// <summary>
/// One version of a case's report: immutable snapshots of the harmonized case and of the engine's distilled report
/// (compact <c>OmicsJson</c>), plus the pathologist's review. The snapshots never change; the review changes only
/// while the version is a draft or in review, and nothing changes once it is signed (guard and trigger).
/// </summary>
public sealed class ReportVersionRecord
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public CaseRecord? Case { get; set; }

    /// <summary>1, 2, 3… within the case.</summary>
    public int Version { get; set; }

    public ReportStatus Status { get; set; }

    /// <summary>How the version came to be: "import", "amendment" or "demo".</summary>
    public string Origin { get; set; } = ReportOrigins.Import;

    /// <summary>The signed version this one amends, when it is an amendment.</summary>
    public int? AmendsVersion { get; set; }

    public string? AmendmentReason { get; set; }

    /// <summary>The harmonized <c>OmicsCase</c> as compact JSON: exactly what the engine read.</summary>
    public string CaseJson { get; set; } = string.Empty;

    /// <summary>The engine's <c>OmicsReport</c> as compact JSON: never edited by anyone.</summary>
    public string ReportJson { get; set; } = string.Empty;

    /// <summary>SHA-256 of <see cref="CaseJson"/>, as the report names it.</summary>
    public string InputSha256 { get; set; } = string.Empty;

    public string KnowledgeBaseVersion { get; set; } = string.Empty;

    public string KnowledgeBaseSha256 { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = string.Empty;

    /// <summary>The pathologist's interpretive comment, printed with the report.</summary>
    public string InterpretiveComment { get; set; } = string.Empty;

    /// <summary>Implications the pathologist hid, with reasons (JSON list of <see cref="HiddenImplication"/>).</summary>
    public string HiddenImplicationsJson { get; set; } = "[]";

    public DateTimeOffset? ReviewStartedAt { get; set; }

    public string? ReviewStartedBy { get; set; }

    public DateTimeOffset? SignedAt { get; set; }

    public string? SignedByUserId { get; set; }

    /// <summary>The signer's display name as printed in the signature block.</summary>
    public string? SignedByName { get; set; }

    /// <summary>The attestation the signer confirmed, word for word.</summary>
    public string? AttestationStatement { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = string.Empty;

    /// <summary>Optimistic-concurrency token: changes on every save, so a second editor's stale save is refused.</summary>
    public Guid Revision { get; set; }
}

public static class ReportOrigins
{
    public const string Import = "import";
    public const string Amendment = "amendment";
    public const string Demo = "demo";
}
