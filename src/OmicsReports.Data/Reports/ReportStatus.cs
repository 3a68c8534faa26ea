using System.Diagnostics.CodeAnalysis;

namespace OmicsReports.Data.Reports;

/// <summary>
/// Where a report version stands in sign-out: draft → in review → signed. A signed version that amends an earlier
/// signed one is <see cref="Amended"/>. Signed and amended versions never change again (guard and trigger).
/// </summary>
public enum ReportStatus
{
    Draft,
    InReview,

    [SuppressMessage("Naming", "CA1720", Justification = "'Signed' is the sign-out state pathologists name, not a type.")]
    Signed,
    Amended,
}

/// <summary>The text stored in the database (read by the PostgreSQL trigger) and shown on screen.</summary>
public static class ReportStatusText
{
    public const string Draft = "draft";
    public const string InReview = "in-review";
    [SuppressMessage("Naming", "CA1720", Justification = "'Signed' is the sign-out state pathologists name, not a type.")]
    public const string Signed = "signed";
    public const string Amended = "amended";

    public static string ToStored(ReportStatus status) => status switch
    {
        ReportStatus.Draft => Draft,
        ReportStatus.InReview => InReview,
        ReportStatus.Signed => Signed,
        ReportStatus.Amended => Amended,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown report status."),
    };

    public static ReportStatus FromStored(string stored) => stored switch
    {
        Draft => ReportStatus.Draft,
        InReview => ReportStatus.InReview,
        Signed => ReportStatus.Signed,
        Amended => ReportStatus.Amended,
        _ => throw new InvalidOperationException($"'{stored}' is not a report status."),
    };

    /// <summary>"Draft", "In review", "Signed", "Amended".</summary>
    public static string Display(ReportStatus status) => status switch
    {
        ReportStatus.Draft => "Draft",
        ReportStatus.InReview => "In review",
        ReportStatus.Signed => "Signed",
        ReportStatus.Amended => "Amended",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown report status."),
    };

    /// <summary>True once a pathologist has signed the version: it is then immutable.</summary>
    public static bool IsSigned(this ReportStatus status) => status is ReportStatus.Signed or ReportStatus.Amended;

    /// <summary>True while a pathologist may still edit the comment and hide implications.</summary>
    public static bool IsEditable(this ReportStatus status) => status is ReportStatus.Draft or ReportStatus.InReview;
}
