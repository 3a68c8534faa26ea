using System.Text;

namespace OmicsReports.Ingest.Text;

/// <summary>
/// Decides whether text that is not UTF-8 is unambiguously Latin-1 (ISO-8859-1) or MacRoman. A candidate is plausible
/// when every non-ASCII character it produces is a letter or a common symbol and no accented capital directly follows
/// a lower-case letter ("cafÈ" is MacRoman reading Latin-1's "café"). Exactly one plausible candidate is used, with a
/// warning; none or both make the text undecodable, because guessing would silently corrupt names and values.
/// </summary>
internal static class LegacyEncodings
{
    private const string CommonSymbols = "°µ±§²³·×÷«»¿¡©®¼½¾•–—‘’“”…†‰™";

    static LegacyEncodings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static EncodingScan Choose(Func<Stream> open, int line, int? column)
    {
        var latin1 = Encoding.Latin1;
        var macRoman = Encoding.GetEncoding(10000);
        var latinOk = IsPlausible(open, latin1);
        var macOk = IsPlausible(open, macRoman);
        var where = $"byte {column} of line {line} is not UTF-8";
        return (latinOk, macOk) switch
        {
            (true, false) => new EncodingScan(latin1, line, column,
                $"The file is not UTF-8 ({where}); it was decoded as Latin-1 (ISO-8859-1). Check names with accents."),
            (false, true) => new EncodingScan(macRoman, line, column,
                $"The file is not UTF-8 ({where}); it was decoded as MacRoman. Check names with accents."),
            (true, true) => new EncodingScan(null, line, column,
                $"Undecodable text: {where}, and it reads equally well as Latin-1 and as MacRoman. Save the file as UTF-8."),
            _ => new EncodingScan(null, line, column,
                $"Undecodable text: {where}, and it is neither Latin-1 nor MacRoman text. Save the file as UTF-8."),
        };
    }

    private static bool IsPlausible(Func<Stream> open, Encoding encoding)
    {
        using var reader = new StreamReader(open(), encoding, detectEncodingFromByteOrderMarks: false);
        var buffer = new char[1 << 16];
        var previous = ' ';
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            foreach (var c in buffer.AsSpan(0, read))
            {
                if (c >= 0x80)
                {
                    if (!(char.IsLetter(c) || CommonSymbols.Contains(c, StringComparison.Ordinal)))
                    {
                        return false;
                    }

                    if (char.IsUpper(c) && char.IsLower(previous))
                    {
                        return false;
                    }
                }

                previous = c;
            }
        }

        return true;
    }
}
