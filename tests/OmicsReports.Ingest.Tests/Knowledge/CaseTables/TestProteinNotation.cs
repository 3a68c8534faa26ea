using System.Globalization;
using System.Text.RegularExpressions;
using OmicsReports.Domain.Harmonization;

namespace OmicsReports.Ingest.Tests.Knowledge.CaseTables;

/// <summary>
/// A stand-in for the harmonizer's protein notation parser, enough for the case tables: "p." and parentheses,
/// three-letter codes, substitutions, deletions, insertions, duplications, delins, frameshifts and splice.
/// </summary>
public static partial class TestProteinNotation
{
    private static readonly Dictionary<string, string> ThreeToOne = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Ala"] = "A", ["Arg"] = "R", ["Asn"] = "N", ["Asp"] = "D", ["Cys"] = "C", ["Gln"] = "Q", ["Glu"] = "E",
        ["Gly"] = "G", ["His"] = "H", ["Ile"] = "I", ["Leu"] = "L", ["Lys"] = "K", ["Met"] = "M", ["Phe"] = "F",
        ["Pro"] = "P", ["Ser"] = "S", ["Thr"] = "T", ["Trp"] = "W", ["Tyr"] = "Y", ["Val"] = "V", ["Ter"] = "*",
    };

    public static ProteinChange Parse(string text)
    {
        var body = text.Trim();
        body = body.StartsWith("p.", StringComparison.Ordinal) ? body[2..] : body;
        body = body.Trim('(', ')');
        body = ThreeLetter().Replace(body, m => ThreeToOne[m.Value]);
        var m = Pattern().Match(body);
        if (!m.Success)
        {
            throw new FormatException($"The case table's protein change '{text}' is not understood.");
        }

        var reference = m.Groups["ref"].Value;
        var start = int.Parse(m.Groups["start"].Value, CultureInfo.InvariantCulture);
        var end = m.Groups["end"].Success ? int.Parse(m.Groups["end"].Value, CultureInfo.InvariantCulture) : start;
        var tail = m.Groups["tail"].Value;
        var (kind, alternate) = tail switch
        {
            "_splice" => (ProteinChangeKind.Splice, (string?)null),
            "del" => (ProteinChangeKind.Deletion, null),
            "dup" => (ProteinChangeKind.Duplication, null),
            "=" => (ProteinChangeKind.Silent, null),
            "*" => (ProteinChangeKind.Nonsense, "*"),
            _ when tail.StartsWith("delins", StringComparison.Ordinal) => (ProteinChangeKind.DeletionInsertion, tail[6..]),
            _ when tail.StartsWith("ins", StringComparison.Ordinal) => (ProteinChangeKind.Insertion, tail[3..]),
            _ when tail.Contains("fs", StringComparison.Ordinal) => (ProteinChangeKind.Frameshift, null),
            _ => (ProteinChangeKind.Substitution, tail),
        };
        var shortForm = m.Groups["end"].Success ? $"{reference}{start}_{m.Groups["endref"].Value}{end}{tail}" : $"{reference}{start}{tail}";
        return new ProteinChange(kind, reference, start, end, alternate, shortForm);
    }

    [GeneratedRegex("(Ala|Arg|Asn|Asp|Cys|Gln|Glu|Gly|His|Ile|Leu|Lys|Met|Phe|Pro|Ser|Thr|Trp|Tyr|Val|Ter)")]
    private static partial Regex ThreeLetter();

    [GeneratedRegex(@"^(?<ref>[A-Z*])(?<start>\d+)(?:_(?<endref>[A-Z*])(?<end>\d+))?(?<tail>_splice|delins[A-Z]+|ins[A-Z]+|del|dup|=|[A-Z]?fs\*?\d*|[A-Z*])$")]
    private static partial Regex Pattern();
}
