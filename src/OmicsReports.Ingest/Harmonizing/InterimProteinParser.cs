using System.Globalization;
using System.Text.RegularExpressions;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;

namespace OmicsReports.Ingest.Harmonizing;

/// <summary>
/// Reads HGVS-like protein changes ("p.Val600Glu", "V600E", "p.(E746_A750del)", "p.Lys657%3D", "X331_splice")
/// into one-letter canonical form. Interim: Domain/Harmonization's ProteinNotation replaces it behind
/// <see cref="Harmonizer.Protein"/>.
/// </summary>
internal static partial class InterimProteinParser
{
    private static readonly Dictionary<string, string> ThreeToOne = new(StringComparer.Ordinal)
    {
        ["Ala"] = "A", ["Arg"] = "R", ["Asn"] = "N", ["Asp"] = "D", ["Cys"] = "C", ["Gln"] = "Q", ["Glu"] = "E",
        ["Gly"] = "G", ["His"] = "H", ["Ile"] = "I", ["Leu"] = "L", ["Lys"] = "K", ["Met"] = "M", ["Phe"] = "F",
        ["Pro"] = "P", ["Ser"] = "S", ["Thr"] = "T", ["Trp"] = "W", ["Tyr"] = "Y", ["Val"] = "V", ["Ter"] = "*",
        ["Sec"] = "U", ["Pyl"] = "O", ["Xaa"] = "X",
    };

    public static ProteinParse Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return default;
        }

        var original = text.Trim();
        var body = original.Replace("%3D", "=", StringComparison.OrdinalIgnoreCase);
        var colon = body.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            body = body[(colon + 1)..]; // "ENSP00000368411.5:p.Ala742Val"
        }

        body = body.StartsWith("p.", StringComparison.Ordinal) ? body[2..] : body;
        body = body.Trim('(', ')');
        var threeLetter = ThreeLetter().IsMatch(body);
        body = ThreeLetter().Replace(body, m => ThreeToOne[m.Value]);
        var change = Read(body);
        if (change is null)
        {
            return default;
        }

        var reason = threeLetter ? "three-letter amino-acid codes" : "notation differs from the canonical form";
        var note = StripPrefix(original) == change.ShortForm
            ? null
            : new HarmonizationNote("protein change", original, change.Hgvs, reason);
        return new ProteinParse(change, note);
    }

    private static string StripPrefix(string text) => text.StartsWith("p.", StringComparison.Ordinal) ? text[2..] : text;

    private static ProteinChange? Read(string s)
    {
        if (Match(Substitution(), s) is { } sub)
        {
            var (reference, position, alternate) = (sub[1], Int(sub[2]), sub[3]);
            var kind = alternate == "=" || alternate == reference ? ProteinChangeKind.Silent
                : alternate == "*" ? ProteinChangeKind.Nonsense
                : reference == "*" ? ProteinChangeKind.Extension
                : alternate == "?" ? ProteinChangeKind.StartLoss : ProteinChangeKind.Substitution;
            var shown = kind == ProteinChangeKind.Silent ? reference + position + "=" : reference + position + alternate;
            return new ProteinChange(kind, reference, position, position, alternate == "=" ? reference : alternate, shown);
        }

        if (Match(Splice(), s) is { } splice)
        {
            var position = Int(splice[2]);
            return new ProteinChange(ProteinChangeKind.Splice, null, position, position, null, $"X{position}_splice");
        }

        if (Match(Frameshift(), s) is { } fs)
        {
            return new ProteinChange(ProteinChangeKind.Frameshift, fs[1], Int(fs[2]), Int(fs[2]), fs[3], s);
        }

        if (Match(Range(), s) is { } range)
        {
            var start = Int(range[2]);
            var end = range[4].Length > 0 ? Int(range[4]) : start;
            var kind = range[5] switch
            {
                "del" => ProteinChangeKind.Deletion,
                "dup" => ProteinChangeKind.Duplication,
                "ins" => ProteinChangeKind.Insertion,
                _ => ProteinChangeKind.DeletionInsertion,
            };
            var inserted = range[6].Length > 0 ? range[6] : null;
            return new ProteinChange(kind, range[1], start, end, inserted, s);
        }

        if (Match(Extension(), s) is { } ext)
        {
            return new ProteinChange(ProteinChangeKind.Extension, "*", Int(ext[1]), Int(ext[1]), ext[2], s);
        }

        return null;
    }

    private static string[]? Match(Regex regex, string s)
    {
        var m = regex.Match(s);
        return m.Success ? [.. m.Groups.Cast<Group>().Select(g => g.Value)] : null;
    }

    private static int Int(string s) => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0;

    [GeneratedRegex("Ala|Arg|Asn|Asp|Cys|Gln|Glu|Gly|His|Ile|Leu|Lys|Met|Phe|Pro|Ser|Thr|Trp|Tyr|Val|Ter|Sec|Pyl|Xaa")]
    private static partial Regex ThreeLetter();

    [GeneratedRegex(@"^([A-Z*])(\d{1,6})([A-Z*=?])$")]
    private static partial Regex Substitution();

    [GeneratedRegex(@"^([A-Z*]?)(\d{1,6})_splice$")]
    private static partial Regex Splice();

    [GeneratedRegex(@"^([A-Z])(\d{1,6})([A-Z*]?)fs(\*?(\d{1,6}|\?)?)$")]
    private static partial Regex Frameshift();

    [GeneratedRegex(@"^([A-Z*])(\d{1,6})(?:_([A-Z*])(\d{1,6}))?(delins|del|dup|ins)([A-Z*]*)$")]
    private static partial Regex Range();

    [GeneratedRegex(@"^\*(\d{1,6})[A-Z]ext\*?(\d{1,6}|\?)$")]
    private static partial Regex Extension();
}
