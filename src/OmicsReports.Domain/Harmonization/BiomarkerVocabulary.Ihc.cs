using System.Globalization;
using System.Text.RegularExpressions;
using OmicsReports.Domain.Cases;

namespace OmicsReports.Domain.Harmonization;

public static partial class BiomarkerVocabulary
{
    /// <summary>
    /// A percentage-scored IHC result of a marker other than PD-L1 and HER2: "80%", "PS2+ 80%", "2+/3+ in 80%",
    /// "≥75% moderate-to-strong", "3+ 60%", "strong 60%", "positive", "negative". The scoring system comes from the
    /// text (an intensity or "PSn+"), else from <paramref name="scoringSystem"/> (a column said it), else from the
    /// marker's convention (<see cref="IhcMarkers"/>); a bare number of a marker without one stays "unspecified".
    /// "Positive" and "negative" become bounds at the marker's published cut-off, or stay categorical when it has none.
    /// </summary>
    public static IhcReading? Ihc(string marker, string? text, string? scoringSystem = null)
    {
        ArgumentNullException.ThrowIfNull(marker);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var definition = IhcMarkers.Find(marker);
        var name = definition?.Name ?? marker.Trim();
        var original = text.Trim();
        var key = original.ToLowerInvariant();
        var system = IntensitySystem(key) ?? NormaliseIhcSystem(scoringSystem) ?? definition?.DefaultScoring ?? IhcReading.Unspecified;
        var numbers = IhcNumber().Matches(key);
        if (numbers.Count > 1)
        {
            return null;
        }

        if (numbers.Count == 0)
        {
            return IhcCategory(name, original, key, definition);
        }

        if (!double.TryParse(numbers[0].Groups["value"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value > 100)
        {
            return null;
        }

        var bound = BoundOf(numbers[0].Groups["bound"].Value);
        var canonical = $"{system} {BoundSign(bound)}{value.ToString(CultureInfo.InvariantCulture)}%";
        return new IhcReading(name, system, value, bound, null, IhcNote(name, original, canonical));
    }

    /// <summary>"PS2+", "2+/3+", "≥2+", "moderate to strong" read as PS2+; "3+" or "strong" alone as PS3+.</summary>
    private static string? IntensitySystem(string key)
    {
        var explicitSystem = PsSystem().Match(key);
        if (explicitSystem.Success)
        {
            return $"PS{explicitSystem.Groups[1].Value}+";
        }

        var words = VocabularyText.Key(key);
        if (ModerateOrStrong().IsMatch(key) || words.Contains("moderate to strong", StringComparison.Ordinal)
            || words.Contains("moderate or strong", StringComparison.Ordinal) || words.Contains("moderate and or strong", StringComparison.Ordinal))
        {
            return IhcMarkers.ModerateOrStrongPercent;
        }

        return StrongOnly().IsMatch(key) || Regex.IsMatch(words, @"(^|\s)strong(\s|$)") ? IhcMarkers.StrongPercent : null;
    }

    /// <summary>
    /// A scoring system a column or bundle named: an intensity scale, or a named score (H-score, Allred). Generic
    /// words ("%", "IHC", "percent positive") name none, so the marker's convention applies.
    /// </summary>
    private static string? NormaliseIhcSystem(string? system)
    {
        if (string.IsNullOrWhiteSpace(system))
        {
            return null;
        }

        var trimmed = system.Trim();
        return IntensitySystem(trimmed.ToLowerInvariant())
            ?? NamedIhcScores.FirstOrDefault(s => string.Equals(s, trimmed, StringComparison.OrdinalIgnoreCase));
    }

    private static readonly string[] NamedIhcScores = [IhcMarkers.NuclearPercent, "H-score", "Allred"];

    /// <summary>Positive/negative as a bound at the marker's cut-off; kept as a category when the marker has none.</summary>
    private static IhcReading? IhcCategory(string name, string original, string key, IhcMarkerDefinition? definition)
    {
        var words = VocabularyText.Key(key);
        var positive = words.EndsWith("positive", StringComparison.Ordinal) || words is "pos" or "+";
        var negative = words.EndsWith("negative", StringComparison.Ordinal) || words is "neg" or "-";
        if (positive == negative)
        {
            return null;
        }

        var category = positive ? "positive" : "negative";
        if (definition is { DefaultScoring: { } system, PositiveAtLeast: { } cutOff })
        {
            var bound = positive ? ValueBound.AtLeast : ValueBound.LessThan;
            var canonical = $"{category} ({system} {BoundSign(bound)}{cutOff.ToString(CultureInfo.InvariantCulture)}%; {definition.Source})";
            return new IhcReading(name, system, cutOff, bound, category, IhcNote(name, original, canonical));
        }

        return new IhcReading(name, IhcReading.Unspecified, null, ValueBound.Exact, category, IhcNote(name, original, category));
    }

    private static ValueBound BoundOf(string sign) => sign switch
    {
        "<" => ValueBound.LessThan,
        "<=" or "≤" => ValueBound.AtMost,
        ">" => ValueBound.GreaterThan,
        ">=" or "≥" => ValueBound.AtLeast,
        _ => ValueBound.Exact,
    };

    private static string BoundSign(ValueBound bound) => bound switch
    {
        ValueBound.LessThan => "<",
        ValueBound.AtMost => "≤",
        ValueBound.GreaterThan => ">",
        ValueBound.AtLeast => "≥",
        _ => string.Empty,
    };

    private static HarmonizationNote? IhcNote(string marker, string original, string canonical) =>
        string.Equals(original, canonical, StringComparison.Ordinal) ? null : new HarmonizationNote(marker, original, canonical, $"{marker} IHC wording");

    [GeneratedRegex(@"\bps\s?([123])\s?\+")]
    private static partial Regex PsSystem();

    // "2+/3+", "2+ / 3+", "≥2+", ">=2+", "2-3+": moderate or strong intensity.
    [GeneratedRegex(@"(≥|>=)\s?2\s?\+|\b2\s?\+\s?(/|-|to|or)\s?3\s?\+|\b2\s?-\s?3\s?\+")]
    private static partial Regex ModerateOrStrong();

    [GeneratedRegex(@"(?<![0-9./])3\s?\+")]
    private static partial Regex StrongOnly();

    // A percentage or score that is not part of a clone or marker name ("43-14A", "SP44", "FOLR1-2.1", "CLDN18.2")
    // and not an intensity ("2+").
    [GeneratedRegex(@"(?<bound><=|>=|≤|≥|<|>)?\s*(?<![A-Za-z0-9.\-])(?<value>[0-9]+(?:\.[0-9]+)?)(?![0-9A-Za-z.+\-])\s*%?")]
    private static partial Regex IhcNumber();
}
