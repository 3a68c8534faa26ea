using System.Globalization;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;

namespace OmicsReports.Ingest.Harmonizing;

/// <summary>
/// The commonest spelling, a one-letter substitution ("p.V600E", "V600E"), read without the general grammar: a MAF
/// holds hundreds of thousands of them. Gives exactly what <see cref="ProteinNotation"/> gives (a test holds it to
/// that); anything else returns null and goes to <see cref="ProteinNotation"/>.
/// </summary>
internal static class FastProtein
{
    private static readonly string[] Letters = [.. Enumerable.Range('A', 26).Select(c => ((char)c).ToString())];

    public static ProteinParse? TryParse(string? text)
    {
        var original = text.AsSpan().Trim();
        var prefixed = original.StartsWith("p.");
        var s = prefixed ? original[2..] : original;
        // X and B/Z/J/O/U are read by the grammar (stop, ambiguity codes); silent changes (V600V) too.
        if (s.Length < 3 || !IsResidue(s[0]) || !IsResidue(s[^1]) || s[^1] == s[0])
        {
            return null;
        }

        var digits = s[1..^1];
        if (digits.Length > 6 || digits[0] == '0' || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var position))
        {
            return null;
        }

        var change = new ProteinChange(ProteinChangeKind.Substitution, Letters[s[0] - 'A'], position, position, Letters[s[^1] - 'A'], s.ToString());
        var note = prefixed ? null : new HarmonizationNote(ProteinNotation.Field, original.ToString(), change.Hgvs, "p. prefix added");
        return new ProteinParse(change, note);
    }

    private static bool IsResidue(char c) => c is >= 'A' and <= 'Z' and not ('X' or 'B' or 'Z' or 'J' or 'O' or 'U');
}
