using System.Globalization;
using System.Text;
using OmicsReports.Data.Audit;

namespace OmicsReports.Web.Features.Admin;

/// <summary>
/// Writes audit entries as CSV (RFC 4180: comma-separated, fields with commas, quotes or line breaks quoted, quotes
/// doubled), times in UTC ISO 8601. A field that a spreadsheet would run as a formula (=, +, -, @, tab, CR) starts
/// with an apostrophe, so opening the export cannot execute what someone typed into a reason.
/// </summary>
public static class AuditCsv
{
    private static readonly string[] Header = ["time_utc", "user", "action", "record_type", "record_id", "from", "detail"];

    public static string Write(IEnumerable<AuditEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var csv = new StringBuilder();
        Line(csv, Header);
        foreach (var e in entries)
        {
            Line(csv, [e.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), e.UserName, e.Action, e.TargetType, e.TargetId, e.RemoteAddress, e.Detail]);
        }

        return csv.ToString();
    }

    private static void Line(StringBuilder csv, string[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            csv.Append(Field(fields[i]));
        }

        csv.Append("\r\n");
    }

    internal static string Field(string? value)
    {
        var text = value ?? string.Empty;
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
