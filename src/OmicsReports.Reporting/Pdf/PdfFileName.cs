using System.Globalization;
using System.Text;

namespace OmicsReports.Reporting.Pdf;

/// <summary>
/// "&lt;MRN&gt;_&lt;sampleId&gt;_&lt;reportId&gt;_v&lt;version&gt;.pdf", safe on Linux, Windows and macOS file systems and in
/// a Content-Disposition header: ASCII letters, digits, '-' and '.' inside each part, '_' only between parts.
/// </summary>
public static class PdfFileName
{
    /// <summary>Longest part kept, so that the whole name stays well under the usual 255-byte limit.</summary>
    public const int MaxPartLength = 60;

    public const string MissingPart = "unknown";

    public static string For(string? mrn, string sampleId, string reportId, int version)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(version);
        var parts = new[] { mrn, sampleId, reportId }.Select(Part);
        return string.Join('_', parts) + "_v" + version.ToString(CultureInfo.InvariantCulture) + ".pdf";
    }

    /// <summary>One part: accents dropped (é to e), everything else outside [A-Za-z0-9.-] becomes '-'.</summary>
    internal static string Part(string? value)
    {
        var text = new StringBuilder();
        foreach (var c in (value ?? string.Empty).Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '.' or '-')
            {
                text.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && text.Length > 0 && text[^1] != '-')
            {
                text.Append('-');
            }
        }

        // Leading dots hide files on Unix; trailing dots and spaces are dropped by Windows; ".." must never survive.
        var part = text.ToString().Trim('-', '.');
        while (part.Contains("..", StringComparison.Ordinal))
        {
            part = part.Replace("..", ".", StringComparison.Ordinal);
        }

        if (part.Length > MaxPartLength)
        {
            part = part[..MaxPartLength].TrimEnd('-', '.');
        }

        return part.Length == 0 ? MissingPart : part;
    }
}
