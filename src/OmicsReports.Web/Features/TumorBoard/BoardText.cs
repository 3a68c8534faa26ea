using System.Globalization;

namespace OmicsReports.Web.Features.TumorBoard;

/// <summary>How board screens write times: ISO dates in UTC, like the reports.</summary>
internal static class BoardText
{
    public static string When(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string WhenLong(DateTimeOffset at, int minutes) =>
        $"{When(at)}–{at.ToUniversalTime().AddMinutes(minutes).ToString("HH:mm", CultureInfo.InvariantCulture)} UTC";
}
