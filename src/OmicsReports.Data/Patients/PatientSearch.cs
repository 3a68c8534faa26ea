using System.Globalization;
using System.Text;

namespace OmicsReports.Data.Patients;

/// <summary>
/// How the worklist matches what a clinician types against a patient: case and accents do not matter ("muller" finds
/// Müller), and a name may be typed as "first last", "last, first" or "last, f". Identifiers (MRN, sample, the
/// source's patient id) match anywhere in them.
/// </summary>
public static class PatientSearch
{
    /// <summary>True when <paramref name="term"/> names this patient or one of their identifiers.</summary>
    public static bool Matches(string? term, string family, string given, params string?[] identifiers)
    {
        var folded = Fold(term);
        if (folded.Length == 0)
        {
            return true;
        }

        var (familyName, givenNames) = (Fold(family), Fold(given));
        var comma = folded.IndexOf(',', StringComparison.Ordinal);
        if (comma >= 0)
        {
            // "last, first" or "last, f": the family name, then the start of a given name.
            var last = folded[..comma].Trim();
            var first = folded[(comma + 1)..].Trim();
            return (last.Length == 0 || familyName.Contains(last, StringComparison.Ordinal))
                   && (first.Length == 0 || givenNames.Split(' ').Any(g => g.StartsWith(first, StringComparison.Ordinal)));
        }

        // Every word must appear somewhere: "anna muller" and "muller anna" alike, or one identifier.
        var fields = new[] { familyName, givenNames }.Concat(identifiers.Select(Fold)).ToArray();
        return folded.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .All(word => fields.Any(field => field.Contains(word, StringComparison.Ordinal)));
    }

    /// <summary>
    /// Lower case without diacritics, whitespace collapsed: "Müller-Lüdenscheidt" becomes "muller-ludenscheidt". Letters
    /// that Unicode does not decompose (ø, ß, æ, ł, đ) are spelled as people type them without the accent.
    /// </summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(char.ToLowerInvariant(c) switch
            {
                'ø' => "o",
                'ß' => "ss",
                'æ' => "ae",
                'œ' => "oe",
                'ł' => "l",
                'đ' => "d",
                'ð' => "d",
                'þ' => "th",
                'ı' => "i",
                var lower => lower.ToString(),
            });
        }

        return builder.ToString();
    }
}
