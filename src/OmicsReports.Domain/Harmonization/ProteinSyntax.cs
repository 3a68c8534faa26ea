using System.Globalization;
using System.Text;

namespace OmicsReports.Domain.Harmonization;

/// <summary>
/// A cursor over the body of a protein change (the text after "p." and without parentheses). It reads residues,
/// positions and keywords, and remembers what it had to reinterpret so that the caller can explain the change.
/// </summary>
internal sealed class ProteinSyntax(string text)
{
    // Positions beyond the longest human protein (titin, about 35,000 residues) with a wide margin still parse,
    // but numbers that would overflow are rejected instead of wrapping.
    private const int MaxDigits = 7;

    private int index;

    public bool UsedThreeLetterCodes { get; private set; }

    public bool ReadXAsStop { get; set; }

    public bool AtEnd => index >= text.Length;

    public bool TryResidue(out string code)
    {
        var start = index;
        if (!AminoAcids.TryRead(text, ref index, out code, out var threeLetter))
        {
            index = start;
            return false;
        }

        UsedThreeLetterCodes |= threeLetter;
        return true;
    }

    /// <summary>Reads a stop residue: "*", "Ter", or "X" (the older MAF spelling of stop).</summary>
    public bool TryStop()
    {
        var start = index;
        if (TryResidue(out var code) && code is AminoAcids.Stop or "X")
        {
            ReadXAsStop |= code == "X";
            return true;
        }

        index = start;
        return false;
    }

    /// <summary>Reads one or more residues ("SVD", "SerValAsp") as one-letter codes. Keywords ("del", "fs") are
    /// lower case, so they end the run without being mistaken for residues.</summary>
    public bool TryResidues(out string residues)
    {
        var builder = new StringBuilder();
        while (!AtEnd && TryResidue(out var code))
        {
            builder.Append(code);
        }

        residues = builder.ToString();
        return residues.Length > 0;
    }

    public bool TryPosition(out int position)
    {
        position = 0;
        var start = index;
        while (!AtEnd && char.IsAsciiDigit(text[index]))
        {
            index++;
        }

        var length = index - start;
        if (length == 0 || length > MaxDigits)
        {
            index = start;
            return false;
        }

        position = int.Parse(text.AsSpan(start, length), NumberStyles.None, CultureInfo.InvariantCulture);
        return position > 0;
    }

    public bool TryKeyword(string keyword)
    {
        if (text.AsSpan(index).StartsWith(keyword, StringComparison.Ordinal))
        {
            index += keyword.Length;
            return true;
        }

        return false;
    }

    /// <summary>"5", or "?" for a new stop codon that was not reached; returns the canonical text.</summary>
    public bool TryStopDistance(out string distance)
    {
        distance = string.Empty;
        if (TryKeyword("?"))
        {
            distance = "?";
            return true;
        }

        if (TryPosition(out var value))
        {
            distance = value.ToString(CultureInfo.InvariantCulture);
            return true;
        }

        return false;
    }
}
