using OmicsReports.Domain.Cases;

namespace OmicsReports.Domain.Harmonization;

public static partial class BiomarkerVocabulary
{
    // Keys are VocabularyText keys. Laboratories write the HRD call as positive/negative, as "deficient"/"proficient"
    // (homologous recombination deficient or proficient), or as "HRD"/"HRP".
    private static readonly Dictionary<string, HrdStatus> HrdWords = new(StringComparer.Ordinal)
    {
        ["positive"] = HrdStatus.Positive,
        ["hrd positive"] = HrdStatus.Positive,
        ["hrd"] = HrdStatus.Positive,
        ["deficient"] = HrdStatus.Positive,
        ["hr deficient"] = HrdStatus.Positive,
        ["homologous recombination deficient"] = HrdStatus.Positive,
        ["negative"] = HrdStatus.Negative,
        ["hrd negative"] = HrdStatus.Negative,
        ["hrp"] = HrdStatus.Negative,
        ["proficient"] = HrdStatus.Negative,
        ["hr proficient"] = HrdStatus.Negative,
        ["homologous recombination proficient"] = HrdStatus.Negative,
        ["indeterminate"] = HrdStatus.Indeterminate,
        ["inconclusive"] = HrdStatus.Indeterminate,
        ["equivocal"] = HrdStatus.Indeterminate,
        ["failed"] = HrdStatus.Indeterminate,
        ["not evaluable"] = HrdStatus.Indeterminate,
    };

    /// <summary>An HRD call in any of the usual wordings, or null for words this vocabulary does not know.</summary>
    public static HrdStatus? Hrd(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : HrdWords.TryGetValue(VocabularyText.Key(text), out var status) ? status : null;
}
