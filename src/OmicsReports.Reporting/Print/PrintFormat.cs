using System.Globalization;
using OmicsReports.Domain.Cases;
using OmicsReports.Reporting.Components;

namespace OmicsReports.Reporting.Print;

/// <summary>
/// How the printed report writes names, dates and states; every other word comes from the label catalogue
/// (<see cref="ReportText"/>), shared with the screen and the minutes. Dates are ISO 8601 so that no reader confuses
/// 03/04 in an EHR that serves several countries.
/// </summary>
public static class PrintFormat
{
    public const string DraftMark = "DRAFT — NOT FOR CLINICAL USE";

    public const string NotRecorded = ReportText.NotRecorded;

    /// <summary>"FAMILY, Given" as wristbands and EHR banners print it; the source's patient id when no name is known.</summary>
    public static string PatientName(Patient patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        return (patient.FamilyName, patient.GivenName) switch
        {
            ({ Length: > 0 } family, { Length: > 0 } given) => $"{family.ToUpperInvariant()}, {given}",
            ({ Length: > 0 } family, _) => family.ToUpperInvariant(),
            (_, { Length: > 0 } given) => given,
            _ => $"Patient {patient.Id}",
        };
    }

    public static string Date(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? NotRecorded;

    /// <summary>"2026-11-21 10:15 UTC", or with the offset when the time is not in UTC.</summary>
    public static string Timestamp(DateTimeOffset time)
    {
        var clock = time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return time.Offset == TimeSpan.Zero ? $"{clock} UTC" : $"{clock} UTC{time.ToString("zzz", CultureInfo.InvariantCulture)}";
    }

    public static string Number(double? value, string format = "0.##") =>
        value?.ToString(format, CultureInfo.InvariantCulture) ?? NotRecorded;

    /// <summary>What the footer says about the version's state.</summary>
    public static string StatusLabel(PrintStatus status) => status switch
    {
        PrintStatus.Draft => "DRAFT (unsigned)",
        PrintStatus.Final => "FINAL (signed)",
        PrintStatus.Amended => "AMENDED (signed)",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown report status."),
    };
}
