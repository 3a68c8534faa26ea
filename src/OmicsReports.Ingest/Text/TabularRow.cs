using System.Globalization;

namespace OmicsReports.Ingest.Text;

/// <summary>
/// One tab-separated line, split without copying: cells are spans of the line until a reader asks for a string.
/// The reader reuses one instance per file, so a row is valid only until the next row is read.
/// </summary>
public sealed class TabularRow
{
    private int[] starts = new int[64];
    private int[] ends = new int[64];

    /// <summary>1-based line number in the file.</summary>
    public int Line { get; private set; }

    public int Count { get; private set; }

    public string Text { get; private set; } = string.Empty;

    /// <summary>Set by cell parsers when a cell was invalid and reported; the reader then skips the row.</summary>
    public bool Invalid { get; set; }

    public ReadOnlySpan<char> Span(int column) =>
        column >= 0 && column < Count ? Text.AsSpan(starts[column], ends[column] - starts[column]).Trim() : [];

    /// <summary>The trimmed cell, or null when it is empty or a missing-value marker (NA, [Not Available]...).</summary>
    public string? Value(int column)
    {
        var span = Span(column);
        return Cells.IsMissing(span) ? null : span.ToString();
    }

    /// <summary>The trimmed cell as written, empty when absent.</summary>
    public string Raw(int column) => Span(column).ToString();

    /// <summary>The row's cells for a finding's <c>Original</c>: the chosen columns as "name=value" pairs.</summary>
    public string Describe(IReadOnlyList<string> header, params int[] columns) =>
        string.Join("; ", columns.Where(c => c >= 0 && !Cells.IsMissing(Span(c))).Select(c => $"{header[c]}={Raw(c)}"));

    internal void Load(string text, int line)
    {
        Text = text;
        Line = line;
        Invalid = false;
        var count = 0;
        var start = 0;
        while (true)
        {
            if (count == starts.Length)
            {
                Array.Resize(ref starts, count * 2);
                Array.Resize(ref ends, count * 2);
            }

            var tab = text.IndexOf('\t', start);
            starts[count] = start;
            ends[count] = tab < 0 ? TrimEndCr(text) : tab;
            count++;
            if (tab < 0)
            {
                break;
            }

            start = tab + 1;
        }

        Count = count;
    }

    private static int TrimEndCr(string text) => text.Length > 0 && text[^1] == '\r' ? text.Length - 1 : text.Length;
}

/// <summary>Cell conventions shared by the tabular formats.</summary>
public static class Cells
{
    /// <summary>Markers that mean "no value" in MAF, cBioPortal and TCGA files ("." is vcf2maf's; "NaN" a z-score of a constant row).</summary>
    private static readonly string[] MissingMarkers =
        [".", "NA", "N/A", "NaN", "[Not Available]", "[Not Applicable]", "[Unknown]", "[Not Evaluated]", "[Discrepancy]"];

    public static bool IsMissing(ReadOnlySpan<char> cell)
    {
        if (cell.IsEmpty)
        {
            return true;
        }

        foreach (var marker in MissingMarkers)
        {
            if (cell.Equals(marker, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public static bool TryDouble(ReadOnlySpan<char> cell, out double value) =>
        double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    public static bool TryLong(ReadOnlySpan<char> cell, out long value) =>
        long.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    /// <summary>Whole numbers, also when written "12.0" as spreadsheets do.</summary>
    public static bool TryInt(ReadOnlySpan<char> cell, out int value)
    {
        if (int.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        if (TryDouble(cell, out var d) && d == Math.Floor(d) && d is >= int.MinValue and <= int.MaxValue)
        {
            value = (int)d;
            return true;
        }

        return false;
    }
}
