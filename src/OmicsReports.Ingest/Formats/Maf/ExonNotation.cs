using System.Globalization;
using OmicsReports.Domain.Cases;

namespace OmicsReports.Ingest.Formats.Maf;

/// <summary>An exon (or intron) "number of count", with the note when it had to be repaired.</summary>
public readonly record struct ExonNumber(int? Number, int? Count, HarmonizationNote? Note);

/// <summary>
/// Reads VEP's "8/23" exon notation, and undoes the damage spreadsheets do to it: "6/11" saved through Excel comes
/// back as the date "11-Jun", and "5/63" as "May-63". In both the month is the exon and the number is the count.
/// </summary>
public static class ExonNotation
{
    private static readonly string[] Months =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static ExonNumber Parse(string? text, string field = "exon")
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return default;
        }

        var value = text.Trim();
        var slash = value.Split('/');
        if (slash.Length == 2 && Int(slash[0]) is { } number && Int(slash[1]) is { } count)
        {
            return new ExonNumber(number, count, null);
        }

        if (slash.Length == 1 && Int(value) is { } single)
        {
            return new ExonNumber(single, null, null);
        }

        var dash = value.Split('-');
        if (dash.Length == 2)
        {
            var (month, total) = MonthOf(dash[1]) is { } m1 && Int(dash[0]) is { } c1 ? (m1, c1)
                : MonthOf(dash[0]) is { } m2 && Int(dash[1]) is { } c2 ? (m2, c2) : (0, 0);
            if (month > 0)
            {
                var repaired = $"{month}/{total}";
                return new ExonNumber(month, total,
                    new HarmonizationNote(field, value, repaired, "spreadsheet date conversion reversed"));
            }
        }

        return default;
    }

    private static int? MonthOf(string text)
    {
        var index = Array.FindIndex(Months, m => m.Equals(text, StringComparison.OrdinalIgnoreCase));
        return index >= 0 ? index + 1 : null;
    }

    private static int? Int(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
