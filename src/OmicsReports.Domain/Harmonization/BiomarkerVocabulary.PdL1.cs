using System.Globalization;
using System.Text.RegularExpressions;
using OmicsReports.Domain.Cases;

namespace OmicsReports.Domain.Harmonization;

public static partial class BiomarkerVocabulary
{
    private static readonly (Regex Pattern, string System)[] PdL1Systems =
    [
        (new(@"\btps\b|tumou?r proportion score", RegexOptions.CultureInvariant), "TPS"),
        (new(@"\bcps\b|combined positive score", RegexOptions.CultureInvariant), "CPS"),
        (new(@"\bic\b|immune cells?", RegexOptions.CultureInvariant), "IC"),
        (new(@"\btc\b|tumou?r cells?", RegexOptions.CultureInvariant), "TC"),

        // Tumour area positivity, the SP263 score of the tislelizumab labels (Tevimbra FDA label, 2024-2025).
        (new(@"\btap\b|tumou?r area positivity", RegexOptions.CultureInvariant), "TAP"),
    ];

    /// <summary>
    /// PD-L1 results: "TPS 60%", "60%", "TPS: <1%", "CPS 10", "CPS ≥ 10", "IC 5%", or "positive". The scoring
    /// system comes from the text or from <paramref name="scoringSystem"/> (a column or a FHIR code said it); when
    /// neither names one it is "unspecified", never assumed, because TPS, TC and IC are all percentages.
    /// </summary>
    public static PdL1Reading? PdL1(string? text, string? scoringSystem = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var original = text.Trim();
        // The marker's own name ("PD-L1") and antibody clones ("22C3", "SP263") hold digits that are not the score.
        var key = MarkerAndClones().Replace(original.ToLowerInvariant(), " ").Trim();
        var systems = PdL1Systems.Where(s => s.Pattern.IsMatch(key)).Select(s => s.System).ToList();
        if (systems.Count > 1)
        {
            return null;
        }

        var system = systems.Count == 1 ? systems[0] : NormaliseSystem(scoringSystem);
        if (system is null)
        {
            return null;
        }

        var numbers = BoundedNumber().Matches(key);
        if (numbers.Count == 0)
        {
            return Categorical(original, key, system);
        }

        if (numbers.Count > 1 || !double.TryParse(numbers[0].Groups["value"].Value, NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out var value) || value > 100)
        {
            return null;
        }

        var bound = numbers[0].Groups["bound"].Value switch
        {
            "<" => ValueBound.LessThan,
            "<=" or "≤" => ValueBound.AtMost,
            ">" => ValueBound.GreaterThan,
            ">=" or "≥" => ValueBound.AtLeast,
            _ => ValueBound.Exact,
        };
        var category = PdL1Category(system, value, bound);
        return new PdL1Reading(system, value, bound, category, Note(original, category));
    }

    private static PdL1Reading? Categorical(string original, string key, string system) =>
        key.Replace(system.ToLowerInvariant(), string.Empty, StringComparison.Ordinal).Trim() switch
        {
            "positive" or "pos" => new PdL1Reading(system, null, ValueBound.Exact, "positive", Note(original, "positive")),
            "negative" or "neg" => new PdL1Reading(system, null, ValueBound.Exact, "negative", Note(original, "negative")),
            _ => null,
        };

    private static string? NormaliseSystem(string? system) => system?.Trim().ToUpperInvariant() switch
    {
        null or "" => PdL1Reading.Unspecified,
        "TPS" or "CPS" or "IC" or "TC" or "TAP" => system.Trim().ToUpperInvariant(),
        _ => null,
    };

    private static string PdL1Category(string system, double value, ValueBound bound)
    {
        var sign = bound switch
        {
            ValueBound.LessThan => "<",
            ValueBound.AtMost => "≤",
            ValueBound.GreaterThan => ">",
            ValueBound.AtLeast => "≥",
            _ => string.Empty,
        };
        var number = value.ToString(CultureInfo.InvariantCulture);
        return system switch
        {
            "CPS" => $"CPS {sign}{number}",
            PdL1Reading.Unspecified => $"{sign}{number}%",
            _ => $"{system} {sign}{number}%",
        };
    }

    private static HarmonizationNote? Note(string original, string canonical) =>
        string.Equals(original, canonical, StringComparison.Ordinal)
            ? null
            : new HarmonizationNote("PD-L1", original, canonical, "PD-L1 score wording");

    [GeneratedRegex(@"\bpd ?-?l1\b|\bcd274\b|\b(22c3|sp263|sp142|28-8|73-10|e1l3n)\b|[():]")]
    private static partial Regex MarkerAndClones();

    [GeneratedRegex(@"(?<bound><=|>=|≤|≥|<|>)?\s*(?<value>[0-9]+(?:\.[0-9]+)?)\s*%?")]
    private static partial Regex BoundedNumber();
}
