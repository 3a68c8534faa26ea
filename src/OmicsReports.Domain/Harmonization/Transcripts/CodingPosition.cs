using System.Globalization;

namespace OmicsReports.Domain.Harmonization.Transcripts;

/// <summary>Where a c. position lies relative to the coding sequence (HGVS: "c.-14", "c.88", "c.*5").</summary>
public enum CodingRegion
{
    FivePrimeUtr,
    Coding,
    ThreePrimeUtr,
}

/// <summary>
/// One HGVS c. position: a transcript base ("c.3028", "c.-14", "c.*5") and, for intronic positions, the distance
/// from it ("c.3028+1", "c.2888-2"). <see cref="Base"/> is the number as written, so c.-14 has Base 14.
/// </summary>
public readonly record struct CodingPosition(CodingRegion Region, int Base, int Offset = 0)
{
    public bool IsIntronic => Offset != 0;

    /// <summary>The same transcript base without the intronic offset.</summary>
    public CodingPosition Anchor => this with { Offset = 0 };

    /// <summary>Orders transcript bases 5' to 3': c.-20 &lt; c.-1 &lt; c.1 &lt; c.500 &lt; c.*1.</summary>
    public long Order => Region switch
    {
        CodingRegion.FivePrimeUtr => -(long)Base,
        CodingRegion.Coding => Base,
        _ => 1_000_000_000L + Base,
    };

    /// <summary>The codon of a coding base (c.3028 is in codon 1010); null outside the coding sequence.</summary>
    public int? Codon => Region == CodingRegion.Coding ? (Base + 2) / 3 : null;

    /// <summary>Parses "3028", "-14", "*5", "3028+1", "2888-2", "-14+1", "*5-3" (without "c.").</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out CodingPosition position)
    {
        position = default;
        var region = CodingRegion.Coding;
        if (text.StartsWith("-"))
        {
            region = CodingRegion.FivePrimeUtr;
            text = text[1..];
        }
        else if (text.StartsWith("*"))
        {
            region = CodingRegion.ThreePrimeUtr;
            text = text[1..];
        }

        var digits = Digits(text);
        if (digits == 0 || !int.TryParse(text[..digits], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            return false;
        }

        text = text[digits..];
        var offset = 0;
        if (!text.IsEmpty)
        {
            var sign = text[0] switch { '+' => 1, '-' => -1, _ => 0 };
            var rest = text[1..];
            if (sign == 0 || Digits(rest) != rest.Length || rest.IsEmpty
                || !int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out var distance) || distance == 0)
            {
                return false;
            }

            offset = sign * distance;
        }

        position = new CodingPosition(region, value, offset);
        return true;
    }

    public override string ToString()
    {
        var prefix = Region switch { CodingRegion.FivePrimeUtr => "-", CodingRegion.ThreePrimeUtr => "*", _ => string.Empty };
        var offset = Offset switch { > 0 => $"+{Offset}", < 0 => Offset.ToString(CultureInfo.InvariantCulture), _ => string.Empty };
        return $"{prefix}{Base.ToString(CultureInfo.InvariantCulture)}{offset}";
    }

    // Transcript positions are at most a few hundred thousand; more digits are a column mix-up, not a position.
    private static int Digits(ReadOnlySpan<char> text)
    {
        var count = 0;
        while (count < text.Length && count < 8 && char.IsAsciiDigit(text[count]))
        {
            count++;
        }

        return count;
    }
}
