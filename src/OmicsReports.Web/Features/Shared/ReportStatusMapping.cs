using OmicsReports.Data.Reports;
using OmicsReports.Reporting.Components;

namespace OmicsReports.Web.Features.Shared;

/// <summary>The stored status in the words of the report components (which do not know the database).</summary>
internal static class ReportStatusMapping
{
    public static VersionState ToState(this ReportStatus status) => status switch
    {
        ReportStatus.Draft => VersionState.Draft,
        ReportStatus.InReview => VersionState.InReview,
        ReportStatus.Signed => VersionState.Signed,
        ReportStatus.Amended => VersionState.Amended,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown report status."),
    };
}
