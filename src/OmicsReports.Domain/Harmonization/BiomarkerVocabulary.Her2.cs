using System.Text.RegularExpressions;
using OmicsReports.Domain.Cases;

namespace OmicsReports.Domain.Harmonization;

public static partial class BiomarkerVocabulary
{
    /// <summary>
    /// HER2 IHC as written in reports: "0", "1+", "2+", "3+", "IHC 2+", "HER2 (4B5) 3+", "+2", "2+ / ISH amplified",
    /// "2+ (FISH not amplified)". Exactly one score 0-3 must be present ("1+ to 2+" is ambiguous and gives null).
    /// The ISH result is read from the words "amplified" / "not amplified" / "non-amplified" / "equivocal", and from
    /// "positive" / "negative" only when an ISH method (ISH, FISH, SISH, CISH, DISH) is named.
    /// </summary>
    public static Her2Reading? Her2(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var original = text.Trim();
        if (ZeroSubgroup(original) is { } subgroup)
        {
            var zero = new Her2Reading(0, IshResult.NotDone, null) { Zero = subgroup };
            return zero with { Note = string.Equals(original, zero.Category, StringComparison.Ordinal) ? null : new HarmonizationNote("HER2 IHC", original, zero.Category, "HER2 score wording") };
        }

        var scores = Her2Score().Matches(original);
        if (scores.Count != 1)
        {
            return null;
        }

        var score = scores[0].Groups["score"].Value[0] - '0';
        var rest = original.Remove(scores[0].Index, scores[0].Length);
        var ish = IshOf(rest);
        if (ish is null)
        {
            return null;
        }

        var canonical = ish == IshResult.NotDone ? Category(score) : $"{Category(score)}, ISH {IshWords(ish.Value)}";
        var note = string.Equals(original, canonical, StringComparison.Ordinal)
            ? null
            : new HarmonizationNote("HER2 IHC", original, canonical, "HER2 score wording");
        return new Her2Reading(score, ish.Value, note);
    }

    /// <summary>
    /// IHC 0 split by membrane staining (trastuzumab deruxtecan FDA label, 2025): "ultralow" (IHC 0 with membrane
    /// staining, also written "&gt;0 &lt;1+") or "null" (no staining). Null when the text is not one of these.
    /// </summary>
    private static Her2Zero? ZeroSubgroup(string text)
    {
        var key = VocabularyText.Key(text);
        if (key.Contains("ultralow", StringComparison.Ordinal) || key.Contains("ultra low", StringComparison.Ordinal) || AboveZeroBelowOne().IsMatch(text))
        {
            return Her2Zero.Ultralow;
        }

        return key.Contains("null", StringComparison.Ordinal) || key.Contains("absent membrane staining", StringComparison.Ordinal)
            || key.Contains("no membrane staining", StringComparison.Ordinal)
            ? Her2Zero.Null
            : null;
    }

    [GeneratedRegex(@">\s?0\s?(,|and|/)?\s?<\s?1\s?\+")]
    private static partial Regex AboveZeroBelowOne();

    private static string Category(int score) => score == 0 ? "0" : $"{score}+";

    private static string IshWords(IshResult ish) => ish switch
    {
        IshResult.Amplified => "amplified",
        IshResult.NotAmplified => "not amplified",
        _ => "equivocal",
    };

    /// <summary>The ISH result in the words around the score; null when they contradict each other.</summary>
    private static IshResult? IshOf(string words)
    {
        var key = VocabularyText.Key(words);
        var found = new HashSet<IshResult>();
        var negated = NotAmplified().IsMatch(key);
        if (negated)
        {
            found.Add(IshResult.NotAmplified);
        }

        if (Amplified().IsMatch(NotAmplified().Replace(key, " ")))
        {
            found.Add(IshResult.Amplified);
        }

        if (key.Contains("equivocal", StringComparison.Ordinal))
        {
            found.Add(IshResult.Equivocal);
        }

        if (IshMethod().IsMatch(key))
        {
            if (Positive().IsMatch(key))
            {
                found.Add(IshResult.Amplified);
            }

            if (Negative().IsMatch(key))
            {
                found.Add(IshResult.NotAmplified);
            }
        }

        return found.Count switch
        {
            0 => IshResult.NotDone,
            1 => found.Single(),
            _ => null,
        };
    }

    // A score is a digit 0-3 with a "+" ("2+", "+2") or standing alone ("0"), but not part of a number, a ratio
    // ("2.3") or a name ("HER2", "HER-2", clone "4B5").
    [GeneratedRegex(@"(?<![0-9.A-Za-z\-])(?:\+\s?(?<score>[0-3])|(?<score>[0-3])\s?\+|(?<score>[0-3]))(?![0-9.%A-Za-z])")]
    private static partial Regex Her2Score();

    [GeneratedRegex(@"\b(not|non|no)\s?amplified\b|\bunamplified\b")]
    private static partial Regex NotAmplified();

    [GeneratedRegex(@"\bamplified\b|\bamplification\b")]
    private static partial Regex Amplified();

    [GeneratedRegex(@"\bpositive\b")]
    private static partial Regex Positive();

    [GeneratedRegex(@"\bnegative\b")]
    private static partial Regex Negative();

    [GeneratedRegex(@"\b(ish|fish|sish|cish|dish|ddish)\b")]
    private static partial Regex IshMethod();
}
