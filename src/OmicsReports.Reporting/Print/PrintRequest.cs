using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Reports;

namespace OmicsReports.Reporting.Print;

/// <summary>
/// Where a report version stands, in the words of FHIR DiagnosticReport.status (preliminary/final/amended). Only
/// signed versions may be used clinically.
/// </summary>
public enum PrintStatus
{
    /// <summary>Not signed: every page carries the draft mark.</summary>
    Draft,

    /// <summary>Signed out by a pathologist.</summary>
    Final,

    /// <summary>A signed version that replaces an earlier signed version, with the reason stated.</summary>
    Amended,
}

/// <summary>Who signed a version, when, and the statement they signed.</summary>
/// <param name="Attestation">The laboratory's attestation text as the signer saw it; printed verbatim.</param>
public sealed record PrintSigning(string Pathologist, DateTimeOffset SignedAt, string Attestation);

/// <summary>
/// The identity of one stored report version: what the running header names, and the sign-out state that decides the
/// status marks. The report body itself is the immutable <see cref="OmicsReport"/> snapshot of that version.
/// </summary>
public sealed record PrintVersion
{
    public required string ReportId { get; init; }

    /// <summary>1 for the first version; each amendment adds one.</summary>
    public required int Version { get; init; }

    /// <summary>Null while the version is a draft.</summary>
    public PrintSigning? Signature { get; init; }

    /// <summary>Why this version replaces the previous one; null for a first version.</summary>
    public string? AmendmentReason { get; init; }

    public PrintStatus Status => Signature is null
        ? PrintStatus.Draft
        : AmendmentReason is null ? PrintStatus.Final : PrintStatus.Amended;

    public bool IsAmendment => AmendmentReason is not null;
}

/// <summary>Everything one printed report needs: the distilled report, the case it came from, and its version.</summary>
/// <param name="GeneratedAt">When this file is produced; printed in every footer and written to the PDF metadata.</param>
public sealed record PrintRequest(OmicsReport Report, OmicsCase Case, PrintVersion Version, DateTimeOffset GeneratedAt)
{
    /// <summary>
    /// Implications the pathologist hid in this version, by their position in <see cref="Report"/>, with the reason.
    /// Page 1 shows them as the screen does (apart, with the reason); null when nothing is hidden.
    /// </summary>
    public IReadOnlyDictionary<int, string>? HiddenReasons { get; init; }

    /// <summary>
    /// The pathologist's interpretive comment of this version, printed on page 1 under the key findings (it is the
    /// interpretation the EHR must carry); null or empty when there is none.
    /// </summary>
    public string? InterpretiveComment { get; init; }
}
