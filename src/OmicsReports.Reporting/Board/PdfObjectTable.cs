using System.Globalization;
using System.Text;
using OmicsReports.Reporting.Pdf;

namespace OmicsReports.Reporting.Board;

/// <summary>One indirect object: where its value is, and its stream data when it has any.</summary>
/// <param name="ValueStart">Start of the object's value (after "N G obj").</param>
/// <param name="ValueEnd">End (exclusive) of the value; a stream's dictionary ends here.</param>
/// <param name="StreamStart">First byte of the stream data, or -1.</param>
/// <param name="StreamLength">Length of the stream data.</param>
internal sealed record PdfObjectSpan(int ValueStart, int ValueEnd, int StreamStart, int StreamLength);

/// <summary>
/// The indirect objects of a PDF with classic cross-reference tables, as Chromium writes them and as the
/// <see cref="PdfInfoWriter"/> extends them (ISO 32000-1, 7.5.4). The newest section wins, following /Prev back.
/// Files with cross-reference streams or encryption are refused with a clear message rather than misread.
/// </summary>
internal sealed class PdfObjectTable
{
    private readonly byte[] pdf;
    private readonly Dictionary<int, long> offsets = [];
    private readonly Dictionary<int, PdfObjectSpan> spans = [];

    public PdfObjectTable(byte[] pdf)
    {
        this.pdf = pdf;
        var trailer = PdfTrailer.Read(pdf);
        if (trailer.Kind != XrefKind.Table)
        {
            throw new InvalidDataException("The PDF uses a cross-reference stream, which the packet cannot join.");
        }

        Root = Number(trailer.Root);
        long? section = trailer.XrefOffset;
        var seen = new HashSet<long>();
        while (section is { } at && seen.Add(at))
        {
            section = ReadSection(checked((int)at));
        }
    }

    public byte[] Bytes => pdf;

    /// <summary>The catalog's object number.</summary>
    public int Root { get; }

    /// <summary>Where object <paramref name="number"/> is, parsed once.</summary>
    public PdfObjectSpan Span(int number)
    {
        if (spans.TryGetValue(number, out var span))
        {
            return span;
        }

        if (!offsets.TryGetValue(number, out var offset))
        {
            throw new InvalidDataException($"The PDF refers to object {number}, which its cross-reference table does not list.");
        }

        span = Parse(number, checked((int)offset));
        spans[number] = span;
        return span;
    }

    /// <summary>The top-level entries of a dictionary object, values raw (e.g. "12 0 R", "/Page", "[1 0 R 2 0 R]").</summary>
    public Dictionary<string, string> Dictionary(int number) => PdfSyntax.ReadDictionary(pdf, Span(number).ValueStart).Entries;

    /// <summary>The object number of a raw reference such as "12 0 R".</summary>
    public static int Number(string reference)
    {
        var first = reference.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        return int.Parse(first, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    /// <summary>The object numbers in a raw array of references, e.g. "[3 0 R 7 0 R]".</summary>
    public static IReadOnlyList<int> Numbers(string array)
    {
        var tokens = array.Trim('[', ']', ' ', '\n', '\r').Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        var numbers = new List<int>();
        for (var i = 0; i + 2 < tokens.Length; i += 3)
        {
            numbers.Add(int.Parse(tokens[i], NumberStyles.None, CultureInfo.InvariantCulture));
        }

        return numbers;
    }

    private long? ReadSection(int at)
    {
        var pos = PdfSyntax.SkipWhite(pdf, at);
        if (!PdfSyntax.StartsWith(pdf, pos, "xref"))
        {
            throw PdfSyntax.Bad(pos, "expected a cross-reference table");
        }

        pos += 4;
        while (true)
        {
            pos = PdfSyntax.SkipWhite(pdf, pos);
            if (PdfSyntax.StartsWith(pdf, pos, "trailer"))
            {
                var trailer = PdfSyntax.ReadDictionary(pdf, pos + "trailer".Length).Entries;
                return trailer.TryGetValue("Prev", out var prev) ? long.Parse(prev, NumberStyles.None, CultureInfo.InvariantCulture) : null;
            }

            var first = Integer(ref pos);
            var count = Integer(ref pos);
            for (var i = 0; i < count; i++)
            {
                var offset = Integer(ref pos);
                Integer(ref pos);
                pos = PdfSyntax.SkipWhite(pdf, pos);
                var inUse = pdf[pos] == 'n';
                pos++;
                // Newer sections are read first, so an entry already known must not be overwritten.
                if (inUse && !offsets.ContainsKey(first + i))
                {
                    offsets[first + i] = offset;
                }
            }
        }
    }

    private int Integer(ref int pos)
    {
        pos = PdfSyntax.SkipWhite(pdf, pos);
        var end = PdfSyntax.TokenEnd(pdf, pos);
        if (!int.TryParse(pdf.AsSpan(pos, end - pos), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            throw PdfSyntax.Bad(pos, "expected a number in the cross-reference table");
        }

        pos = end;
        return value;
    }

    private PdfObjectSpan Parse(int number, int offset)
    {
        var header = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{number} "));
        if (!pdf.AsSpan(offset).StartsWith(header))
        {
            throw PdfSyntax.Bad(offset, $"object {number} is not where the cross-reference table says");
        }

        var obj = pdf.AsSpan(offset).IndexOf("obj"u8);
        var valueStart = PdfSyntax.SkipWhite(pdf, offset + obj + 3);
        var valueEnd = PdfSyntax.ValueEnd(pdf, valueStart);
        var after = PdfSyntax.SkipWhite(pdf, valueEnd);
        if (!PdfSyntax.StartsWith(pdf, after, "stream"))
        {
            return new PdfObjectSpan(valueStart, valueEnd, -1, 0);
        }

        // The keyword is followed by CRLF or LF (7.3.8.1); the length may itself be an indirect object.
        var data = after + "stream".Length;
        data += pdf[data] == '\r' ? 2 : 1;
        var length = PdfSyntax.ReadDictionary(pdf, valueStart).Entries.GetValueOrDefault("Length")
                     ?? throw PdfSyntax.Bad(valueStart, $"stream object {number} has no /Length");
        var bytes = length.EndsWith('R') ? IndirectInteger(Number(length)) : int.Parse(length, NumberStyles.None, CultureInfo.InvariantCulture);
        return new PdfObjectSpan(valueStart, valueEnd, data, bytes);
    }

    private int IndirectInteger(int number)
    {
        var span = Span(number);
        return int.Parse(pdf.AsSpan(span.ValueStart, span.ValueEnd - span.ValueStart), NumberStyles.None, CultureInfo.InvariantCulture);
    }
}
