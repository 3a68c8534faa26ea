using System.Globalization;

namespace OmicsReports.Domain.Harmonization.Transcripts;

/// <summary>
/// Reads HGVS coding-DNA changes as annotators write them (https://hgvs-nomenclature.org, DNA section):
/// substitutions "c.3028+1G>T", deletions "c.2235_2249del" (with or without the deleted bases), duplications,
/// insertions "c.2310_2311insGGT" (or a count, "ins15"), deletion-insertions "c.2235_2240delinsAT" (also the older
/// "delGGAATTinsAT"), inversions and "c.100=". An accession before a colon is kept ("NM_000245.4:c.…",
/// "NM_000245.4(MET):c.…"). Uncertain positions ("c.(?_-1)_(*1_?)del") and unknown changes ("c.?") give null.
/// </summary>
public static class CodingNotation
{
    private const int MaxLength = 400;

    public static CodingChange? Parse(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > MaxLength)
        {
            return null;
        }

        string? accession = null;
        var colon = trimmed.LastIndexOf(':');
        if (colon >= 0)
        {
            accession = StripGene(trimmed[..colon]);
            trimmed = trimmed[(colon + 1)..];
        }

        if (!trimmed.StartsWith("c.", StringComparison.Ordinal))
        {
            return null;
        }

        var body = trimmed.AsSpan(2);
        var keyword = KeywordStart(body);
        var positions = body[..keyword];
        var rest = body[keyword..];
        var underscore = positions.IndexOf('_');
        CodingPosition start, end;
        if (underscore < 0)
        {
            if (!CodingPosition.TryParse(positions, out start))
            {
                return null;
            }

            end = start;
        }
        else if (!CodingPosition.TryParse(positions[..underscore], out start) || !CodingPosition.TryParse(positions[(underscore + 1)..], out end)
            || Compare(start, end) > 0)
        {
            return null;
        }

        return Event(rest, start, end) is { } e
            ? new CodingChange(accession, start, end, e.Kind, e.Inserted, e.InsertedLength, "c." + body.ToString())
            : null;
    }

    private static (CodingChangeKind Kind, string? Inserted, int InsertedLength)? Event(ReadOnlySpan<char> rest, CodingPosition start, CodingPosition end)
    {
        if (rest.Length == 3 && rest[1] == '>' && IsBase(rest[0]) && IsBase(rest[2]) && start == end)
        {
            return (CodingChangeKind.Substitution, null, 0);
        }

        if (rest.SequenceEqual("=") || rest.SequenceEqual("inv"))
        {
            return (rest[0] == '=' ? CodingChangeKind.NoChange : CodingChangeKind.Inversion, null, 0);
        }

        if (rest.StartsWith("dup") && Bases(rest[3..]))
        {
            return (CodingChangeKind.Duplication, null, 0);
        }

        if (rest.StartsWith("ins") && start != end)
        {
            return Inserted(rest[3..]) is { } added ? (CodingChangeKind.Insertion, added.Bases, added.Length) : null;
        }

        if (!rest.StartsWith("del"))
        {
            return null;
        }

        rest = rest[3..];
        var ins = rest.IndexOf("ins");
        if (ins < 0)
        {
            return Bases(rest) ? (CodingChangeKind.Deletion, null, 0) : null;
        }

        // "delinsAT", or the older "delGGAATTinsAT" that also lists the deleted bases.
        return Bases(rest[..ins]) && Inserted(rest[(ins + 3)..]) is { } inserted
            ? (CodingChangeKind.DeletionInsertion, inserted.Bases, inserted.Length)
            : null;
    }

    private static (string? Bases, int Length)? Inserted(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return null;
        }

        if (Bases(text))
        {
            return (text.ToString(), text.Length);
        }

        var count = text.Trim("()");
        return int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? (null, n) : null;
    }

    /// <summary>Where the positions end and the change keyword begins ("del", "dup", "ins", "inv", "=", or a base).</summary>
    private static int KeywordStart(ReadOnlySpan<char> body)
    {
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (char.IsAsciiLetter(c) || c == '=')
            {
                return i;
            }
        }

        return body.Length;
    }

    private static int Compare(CodingPosition a, CodingPosition b) =>
        a.Order != b.Order ? a.Order.CompareTo(b.Order) : a.Offset.CompareTo(b.Offset);

    private static bool Bases(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!IsBase(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsBase(char c) => c is 'A' or 'C' or 'G' or 'T' or 'N';

    private static string StripGene(string accession)
    {
        var paren = accession.IndexOf('(', StringComparison.Ordinal);
        return (paren > 0 ? accession[..paren] : accession).Trim();
    }
}
