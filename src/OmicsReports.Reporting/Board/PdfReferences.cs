using System.Buffers;
using System.Globalization;
using System.Text;
using OmicsReports.Reporting.Pdf;

namespace OmicsReports.Reporting.Board;

/// <summary>
/// Finds the indirect references ("12 0 R") in an object's value and, when copying, writes the value with each
/// reference renumbered. Strings, names and comments are copied untouched, so "(12 0 R)" in a text stays text.
/// </summary>
internal static class PdfReferences
{
    public static void Scan(byte[] pdf, int start, int end, Func<int, int>? renumber, IBufferWriter<byte>? output, List<int>? found)
    {
        var i = start;
        while (i < end)
        {
            var b = pdf[i];
            int next;
            if (PdfSyntax.StartsWith(pdf, i, "<<"))
            {
                next = i + 2;
            }
            else if (b is (byte)'(' or (byte)'<')
            {
                next = PdfSyntax.ValueEnd(pdf, i);
            }
            else if (b == '/')
            {
                next = PdfSyntax.TokenEnd(pdf, i + 1);
            }
            else if (b == '%')
            {
                next = i;
                while (next < end && pdf[next] is not (byte)'\n' and not (byte)'\r')
                {
                    next++;
                }
            }
            else if (char.IsAsciiDigit((char)b))
            {
                next = PdfSyntax.TokenEnd(pdf, i);
                if (PdfSyntax.IsInteger(pdf.AsSpan(i, next - i)) && ReferenceEnd(pdf, next, end) is { } referenceEnd)
                {
                    var number = int.Parse(pdf.AsSpan(i, next - i), NumberStyles.None, CultureInfo.InvariantCulture);
                    found?.Add(number);
                    output?.Write(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{renumber!(number)} 0 R")));
                    i = referenceEnd;
                    continue;
                }
            }
            else
            {
                next = i + 1;
            }

            output?.Write(pdf.AsSpan(i, next - i));
            i = next;
        }
    }

    /// <summary>After an object number: the end of "gen R" when that follows, else null.</summary>
    private static int? ReferenceEnd(byte[] pdf, int afterNumber, int end)
    {
        var genStart = PdfSyntax.SkipWhite(pdf, afterNumber);
        var genEnd = PdfSyntax.TokenEnd(pdf, genStart);
        if (genEnd >= end || genEnd == genStart || !PdfSyntax.IsInteger(pdf.AsSpan(genStart, genEnd - genStart)))
        {
            return null;
        }

        var r = PdfSyntax.SkipWhite(pdf, genEnd);
        return r < end && pdf[r] == 'R' && (r + 1 >= end || PdfSyntax.IsWhite(pdf[r + 1]) || PdfSyntax.IsDelimiter(pdf[r + 1])) ? r + 1 : null;
    }
}
