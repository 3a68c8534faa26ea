using System.Text;

namespace OmicsReports.Reporting.Pdf;

/// <summary>
/// Just enough of the PDF object syntax (ISO 32000-1, 7.2–7.3) to read a trailer dictionary: it finds where each
/// object ends and keeps values as raw bytes, so that whatever it does not need to understand is copied verbatim.
/// </summary>
internal static class PdfSyntax
{
    public static bool IsWhite(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    public static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']'
        or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    public static int SkipWhite(ReadOnlySpan<byte> pdf, int pos)
    {
        while (pos < pdf.Length)
        {
            if (IsWhite(pdf[pos]))
            {
                pos++;
            }
            else if (pdf[pos] == '%')
            {
                while (pos < pdf.Length && pdf[pos] is not (byte)'\n' and not (byte)'\r')
                {
                    pos++;
                }
            }
            else
            {
                break;
            }
        }

        return pos;
    }

    /// <summary>Reads a dictionary starting at <paramref name="pos"/>: its top-level keys and raw values, and its end.</summary>
    public static (Dictionary<string, string> Entries, int End) ReadDictionary(ReadOnlySpan<byte> pdf, int pos)
    {
        pos = SkipWhite(pdf, pos);
        Expect(pdf, pos, "<<");
        pos += 2;
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        while (true)
        {
            pos = SkipWhite(pdf, pos);
            if (StartsWith(pdf, pos, ">>"))
            {
                return (entries, pos + 2);
            }

            var keyEnd = ValueEnd(pdf, pos);
            var key = Encoding.Latin1.GetString(pdf[pos..keyEnd]);
            if (!key.StartsWith('/'))
            {
                throw Bad(pos, $"expected a name as dictionary key, found '{key}'");
            }

            var valueStart = SkipWhite(pdf, keyEnd);
            var valueEnd = ValueEnd(pdf, valueStart);
            entries[key[1..]] = Encoding.Latin1.GetString(pdf[valueStart..valueEnd]);
            pos = valueEnd;
        }
    }

    /// <summary>The end (exclusive) of the object at <paramref name="pos"/>; "12 0 R" counts as one object.</summary>
    public static int ValueEnd(ReadOnlySpan<byte> pdf, int pos)
    {
        pos = SkipWhite(pdf, pos);
        if (pos >= pdf.Length)
        {
            throw Bad(pos, "unexpected end of file");
        }

        if (StartsWith(pdf, pos, "<<"))
        {
            return ReadDictionary(pdf, pos).End;
        }

        switch (pdf[pos])
        {
            case (byte)'[':
                pos++;
                while (true)
                {
                    pos = SkipWhite(pdf, pos);
                    if (pos < pdf.Length && pdf[pos] == ']')
                    {
                        return pos + 1;
                    }

                    pos = ValueEnd(pdf, pos);
                }

            case (byte)'(':
                return LiteralStringEnd(pdf, pos);
            case (byte)'<':
                var close = pdf[pos..].IndexOf((byte)'>');
                return close < 0 ? throw Bad(pos, "unterminated hex string") : pos + close + 1;
            case (byte)'/':
                return TokenEnd(pdf, pos + 1);
            default:
                var end = TokenEnd(pdf, pos);
                if (end == pos)
                {
                    throw Bad(pos, $"unexpected character '{(char)pdf[pos]}'");
                }

                return IsInteger(pdf[pos..end]) ? ReferenceEnd(pdf, end) : end;
        }
    }

    public static bool StartsWith(ReadOnlySpan<byte> pdf, int pos, string text) =>
        pos >= 0 && pos + text.Length <= pdf.Length && pdf.Slice(pos, text.Length).SequenceEqual(Encoding.ASCII.GetBytes(text));

    public static InvalidDataException Bad(int offset, string what) =>
        new($"The PDF cannot be updated: {what} at byte {offset}.");

    public static int TokenEnd(ReadOnlySpan<byte> pdf, int pos)
    {
        while (pos < pdf.Length && !IsWhite(pdf[pos]) && !IsDelimiter(pdf[pos]))
        {
            pos++;
        }

        return pos;
    }

    public static bool IsInteger(ReadOnlySpan<byte> token)
    {
        var digits = token.Length > 0 && token[0] is (byte)'+' or (byte)'-' ? token[1..] : token;
        return digits.Length > 0 && !digits.ContainsAnyExceptInRange((byte)'0', (byte)'9');
    }

    private static void Expect(ReadOnlySpan<byte> pdf, int pos, string text)
    {
        if (!StartsWith(pdf, pos, text))
        {
            throw Bad(pos, $"expected '{text}'");
        }
    }

    /// <summary>After an integer: extends to "gen R" when the next two tokens are an integer and R.</summary>
    private static int ReferenceEnd(ReadOnlySpan<byte> pdf, int afterNumber)
    {
        var genStart = SkipWhite(pdf, afterNumber);
        var genEnd = TokenEnd(pdf, genStart);
        if (genEnd == genStart || !IsInteger(pdf[genStart..genEnd]))
        {
            return afterNumber;
        }

        var rStart = SkipWhite(pdf, genEnd);
        var rEnd = TokenEnd(pdf, rStart);
        return rEnd - rStart == 1 && pdf[rStart] == 'R' ? rEnd : afterNumber;
    }

    private static int LiteralStringEnd(ReadOnlySpan<byte> pdf, int pos)
    {
        var depth = 0;
        for (var i = pos; i < pdf.Length; i++)
        {
            switch (pdf[i])
            {
                case (byte)'\\':
                    i++;
                    break;
                case (byte)'(':
                    depth++;
                    break;
                case (byte)')' when --depth == 0:
                    return i + 1;
            }
        }

        throw Bad(pos, "unterminated string");
    }
}
