using OmicsReports.Data.Reports;
using OmicsReports.Reporting.Print;

namespace OmicsReports.Web.Features.Report;

/// <summary>
/// The one mapping from a stored report version to what the PDF prints: the report page's export and the tumour
/// board packet both go through here, so a version prints with the same identity and status marks everywhere.
/// </summary>
internal static class ReportPrints
{
    /// <summary>
    /// The report's identifier in every PDF header and file name: derived from the case id, so it is stable across
    /// versions (the version number is printed beside it) and says nothing about the patient.
    /// </summary>
    public static string ReportId(Guid caseId) => "R-" + caseId.ToString("N")[..8].ToUpperInvariant();

    /// <summary>Version, signature and amendment of a stored version, as the running header and sign-out print them.</summary>
    public static PrintVersion Version(ReportVersionView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var signed = view.Status.IsSigned() && view.Summary.SignedAt is { } at
            ? new PrintSigning(view.Summary.SignedByName ?? "not recorded", at, view.AttestationStatement ?? string.Empty)
            : null;
        return new PrintVersion
        {
            ReportId = ReportId(view.CaseId),
            Version = view.Version,
            Signature = signed,
            AmendmentReason = view.Summary.AmendsVersion is null ? null : view.Summary.AmendmentReason ?? "not recorded",
        };
    }

    /// <summary>
    /// The version's stored snapshots as they are, with the pathologist's hidden implications as the report page shows
    /// them; callers that de-identify replace Report, Case, HiddenReasons and InterpretiveComment with <c>with</c>.
    /// </summary>
    public static PrintRequest Request(ReportVersionView view, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new(view.Report, view.Case, Version(view), generatedAt)
        {
            HiddenReasons = view.Hidden.Count == 0 ? null : view.Hidden.ToDictionary(h => h.Index, h => h.Reason),
            InterpretiveComment = view.InterpretiveComment,
        };
    }
}
