namespace OmicsReports.Domain.Harmonization;

/// <summary>
/// IUPAC amino-acid codes as HGVS uses them: the 20 standard residues plus selenocysteine (U/Sec), pyrrolysine
/// (O/Pyl), the stop codon ("*", "Ter") and "X"/"Xaa" (any residue; older files also write "X" for stop).
/// </summary>
internal static class AminoAcids
{
    public const string Stop = "*";

    private static readonly Dictionary<string, string> ThreeToOne = new(StringComparer.Ordinal)
    {
        ["Ala"] = "A", ["Arg"] = "R", ["Asn"] = "N", ["Asp"] = "D", ["Cys"] = "C",
        ["Gln"] = "Q", ["Glu"] = "E", ["Gly"] = "G", ["His"] = "H", ["Ile"] = "I",
        ["Leu"] = "L", ["Lys"] = "K", ["Met"] = "M", ["Phe"] = "F", ["Pro"] = "P",
        ["Ser"] = "S", ["Thr"] = "T", ["Trp"] = "W", ["Tyr"] = "Y", ["Val"] = "V",
        ["Sec"] = "U", ["Pyl"] = "O", ["Ter"] = Stop, ["Xaa"] = "X",
    };

    private const string OneLetterCodes = "ARNDCQEGHILKMFPSTWYVUOX";

    /// <summary>
    /// Reads one residue at <paramref name="index"/>: a three-letter code (capital then two lower-case letters, so
    /// "Val" is never read as V followed by "al"), a one-letter capital, or "*". Returns the one-letter form.
    /// </summary>
    public static bool TryRead(string text, ref int index, out string code, out bool threeLetter)
    {
        code = string.Empty;
        threeLetter = false;
        if (index >= text.Length)
        {
            return false;
        }

        if (index + 3 <= text.Length && char.IsAsciiLetterUpper(text[index])
            && char.IsAsciiLetterLower(text[index + 1]) && char.IsAsciiLetterLower(text[index + 2])
            && ThreeToOne.TryGetValue(text.Substring(index, 3), out var one))
        {
            code = one;
            threeLetter = true;
            index += 3;
            return true;
        }

        var c = text[index];
        if (c == '*' || OneLetterCodes.Contains(c, StringComparison.Ordinal))
        {
            code = c.ToString();
            index++;
            return true;
        }

        return false;
    }
}
