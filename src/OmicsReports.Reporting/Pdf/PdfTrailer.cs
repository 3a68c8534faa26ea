using System.Globalization;
using System.Text;

namespace OmicsReports.Reporting.Pdf;

/// <summary>Whether the last cross-reference section is a classic table or a stream (PDF 1.5, ISO 32000-1 7.5.8).</summary>
internal enum XrefKind
{
    Table,
    Stream,
}

/// <summary>What an incremental update must carry over from the file's last trailer.</summary>
/// <param name="XrefOffset">Where the last cross-reference section starts; the update's /Prev.</param>
/// <param name="Root">The raw /Root reference, e.g. "1 0 R".</param>
/// <param name="Id">The raw /ID array, when the file has one.</param>
internal sealed record PdfTrailer(XrefKind Kind, long XrefOffset, int Size, string Root, string? Id)
{
    private const int TailWindow = 2048;

    /// <summary>Reads the trailer that the final <c>startxref</c> points to.</summary>
    public static PdfTrailer Read(ReadOnlySpan<byte> pdf)
    {
        var xrefOffset = StartXref(pdf);
        var pos = PdfSyntax.SkipWhite(pdf, checked((int)xrefOffset));
        Dictionary<string, string> trailer;
        XrefKind kind;
        if (PdfSyntax.StartsWith(pdf, pos, "xref"))
        {
            // Table entries hold only digits, spaces and f/n, so the first "trailer" after "xref" is this section's.
            var found = pdf[pos..].IndexOf("trailer"u8);
            if (found < 0)
            {
                throw PdfSyntax.Bad(pos, "cross-reference table without a trailer");
            }

            trailer = PdfSyntax.ReadDictionary(pdf, pos + found + "trailer".Length).Entries;
            kind = XrefKind.Table;
        }
        else
        {
            trailer = ReadXrefStreamDictionary(pdf, pos);
            kind = XrefKind.Stream;
        }

        if (trailer.ContainsKey("Encrypt"))
        {
            throw new InvalidDataException("The PDF is encrypted; its document information cannot be updated.");
        }

        var root = trailer.GetValueOrDefault("Root") ?? throw PdfSyntax.Bad(pos, "the last trailer has no /Root");
        var sizeText = trailer.GetValueOrDefault("Size") ?? throw PdfSyntax.Bad(pos, "the last trailer has no /Size");
        if (!int.TryParse(sizeText, NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size < 1)
        {
            throw PdfSyntax.Bad(pos, $"the trailer's /Size '{sizeText}' is not a positive integer");
        }

        return new PdfTrailer(kind, xrefOffset, size, root, trailer.GetValueOrDefault("ID"));
    }

    private static long StartXref(ReadOnlySpan<byte> pdf)
    {
        var tailStart = Math.Max(0, pdf.Length - TailWindow);
        var found = pdf[tailStart..].LastIndexOf("startxref"u8);
        if (found < 0)
        {
            throw new InvalidDataException("The PDF cannot be updated: no 'startxref' near the end of the file.");
        }

        var start = PdfSyntax.SkipWhite(pdf, tailStart + found + "startxref".Length);
        var end = PdfSyntax.TokenEnd(pdf, start);
        if (!long.TryParse(pdf[start..end], NumberStyles.None, CultureInfo.InvariantCulture, out var offset) || offset >= pdf.Length)
        {
            throw PdfSyntax.Bad(start, $"'startxref' is followed by '{Encoding.Latin1.GetString(pdf[start..end])}', not an offset in the file");
        }

        return offset;
    }

    /// <summary>"N G obj &lt;&lt; /Type /XRef ... &gt;&gt; stream": the dictionary of a cross-reference stream.</summary>
    private static Dictionary<string, string> ReadXrefStreamDictionary(ReadOnlySpan<byte> pdf, int pos)
    {
        var number = PdfSyntax.TokenEnd(pdf, pos);
        var generationStart = PdfSyntax.SkipWhite(pdf, number);
        var generationEnd = PdfSyntax.TokenEnd(pdf, generationStart);
        var keyword = PdfSyntax.SkipWhite(pdf, generationEnd);
        if (!PdfSyntax.IsInteger(pdf[pos..number]) || !PdfSyntax.IsInteger(pdf[generationStart..generationEnd]) ||
            !PdfSyntax.StartsWith(pdf, keyword, "obj"))
        {
            throw PdfSyntax.Bad(pos, "'startxref' points neither to 'xref' nor to an object");
        }

        var dictionary = PdfSyntax.ReadDictionary(pdf, keyword + 3).Entries;
        if (dictionary.GetValueOrDefault("Type") != "/XRef")
        {
            throw PdfSyntax.Bad(pos, "'startxref' points to an object that is not a cross-reference stream");
        }

        return dictionary;
    }
}
