using System.Globalization;
using OmicsReports.Domain.Cases;

namespace OmicsReports.Ingest.Harmonizing;

/// <summary>
/// What the Domain vocabularies do not cover: copy-number words, and the tumour-type check used when no OncoTree
/// is loaded (<see cref="Harmonizer.PassThrough"/>).
/// </summary>
internal static class InterimVocabulary
{
    // oncokb-annotator's words for the GISTIC levels (its example_individual_cna.txt mixes them with numbers).
    private static readonly Dictionary<string, CopyNumberCall> CopyNumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Amplification"] = CopyNumberCall.Amplification, ["Amp"] = CopyNumberCall.Amplification,
        ["Gain"] = CopyNumberCall.Gain, ["Loss"] = CopyNumberCall.ShallowDeletion,
        ["Deletion"] = CopyNumberCall.DeepDeletion, ["HomDel"] = CopyNumberCall.DeepDeletion,
        ["Neutral"] = CopyNumberCall.Neutral,
    };

    public static TumorTypeLookup TumorType(string code, string? name)
    {
        var trimmed = code.Trim();
        // OncoTree codes are upper-case letters and digits; anything else is not a code at all.
        var looksLikeCode = trimmed.Length is > 0 and <= 20 && trimmed.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_');
        return looksLikeCode
            ? new TumorTypeLookup(new TumorType(trimmed, string.IsNullOrWhiteSpace(name) ? trimmed : name.Trim()), null, Retired: false)
            : new TumorTypeLookup(null, $"'{trimmed}' is not an OncoTree code; the tumour type was left open.", Retired: false);
    }

    public static CopyNumberCall? CopyNumber(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (int.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value is >= -2 and <= 2 ? (CopyNumberCall)value : null;
        }

        return CopyNumberWords.TryGetValue(trimmed, out var call) ? call : null;
    }
}
