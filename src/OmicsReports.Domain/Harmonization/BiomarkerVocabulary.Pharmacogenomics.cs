using OmicsReports.Domain.Cases;

namespace OmicsReports.Domain.Harmonization;

public static partial class BiomarkerVocabulary
{
    // CPIC standard phenotype terms (Caudle KE et al., Genet Med 2017;19:215-223, PMID 27441996): metabolizer
    // phenotypes for enzymes, function phenotypes for transporters; "Extensive Metabolizer" was replaced by
    // "Normal Metabolizer". The "Likely"/"Possible" terms, the G6PD terms and the RYR1/CACNA1S terms come from
    // later gene-specific CPIC guidelines, spelled as PharmCAT reports them. Keys are VocabularyText keys.
    private static readonly Dictionary<string, string> Phenotypes = new(StringComparer.Ordinal)
    {
        ["poor metabolizer"] = "Poor Metabolizer",
        ["pm"] = "Poor Metabolizer",
        ["likely poor metabolizer"] = "Likely Poor Metabolizer",
        ["likely pm"] = "Likely Poor Metabolizer",
        ["intermediate metabolizer"] = "Intermediate Metabolizer",
        ["im"] = "Intermediate Metabolizer",
        ["likely intermediate metabolizer"] = "Likely Intermediate Metabolizer",
        ["likely im"] = "Likely Intermediate Metabolizer",
        ["possible intermediate metabolizer"] = "Possible Intermediate Metabolizer",
        ["normal metabolizer"] = "Normal Metabolizer",
        ["nm"] = "Normal Metabolizer",
        ["extensive metabolizer"] = "Normal Metabolizer",
        ["em"] = "Normal Metabolizer",
        ["rapid metabolizer"] = "Rapid Metabolizer",
        ["rm"] = "Rapid Metabolizer",
        ["ultrarapid metabolizer"] = "Ultrarapid Metabolizer",
        ["ultra rapid metabolizer"] = "Ultrarapid Metabolizer",
        ["um"] = "Ultrarapid Metabolizer",
        ["indeterminate"] = "Indeterminate",
        ["poor function"] = "Poor Function",
        ["decreased function"] = "Decreased Function",
        ["possible decreased function"] = "Possible Decreased Function",
        ["normal function"] = "Normal Function",
        ["increased function"] = "Increased Function",
        ["malignant hyperthermia susceptibility"] = "Malignant Hyperthermia Susceptibility",
        ["malignant hyperthermia susceptible"] = "Malignant Hyperthermia Susceptibility",
        ["uncertain susceptibility"] = "Uncertain Susceptibility",
    };

    private static readonly Dictionary<string, string> G6pdPhenotypes = new(StringComparer.Ordinal)
    {
        ["normal"] = "Normal",
        ["deficient"] = "Deficient",
        ["deficient with cnsha"] = "Deficient with CNSHA",
        ["variable"] = "Variable",
    };

    private static readonly HashSet<string> NoResultWords = new(StringComparer.Ordinal)
    {
        "n a", "na", "no result", "not called", "not available", "none",
    };

    /// <summary>
    /// A phenotype in CPIC's wording ("PM" → "Poor Metabolizer", "ultra-rapid metaboliser" → "Ultrarapid
    /// Metabolizer", "Extensive Metabolizer" → "Normal Metabolizer"). G6PD's one-word phenotypes ("Normal",
    /// "Deficient") are accepted only for G6PD, or when no gene is given. Anything else gives null.
    /// </summary>
    public static PhenotypeReading? Phenotype(string? text, string? gene = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var original = text.Trim();
        var key = VocabularyText.Key(original).Replace("metaboliser", "metabolizer", StringComparison.Ordinal);
        var isG6pd = string.Equals(gene?.Trim(), "G6PD", StringComparison.OrdinalIgnoreCase);
        string? phenotype = null;
        if ((isG6pd || gene is null) && G6pdPhenotypes.TryGetValue(key, out var g6pd))
        {
            // "Normal" alone means nothing for other genes, so without a gene only G6PD's other words count.
            phenotype = isG6pd || key != "normal" ? g6pd : null;
        }

        phenotype ??= Phenotypes.GetValueOrDefault(key);
        if (phenotype is null)
        {
            return null;
        }

        var reason = key is "extensive metabolizer" or "em" ? "former CPIC term" : "CPIC standard term";
        var note = string.Equals(original, phenotype, StringComparison.Ordinal)
            ? null
            : new HarmonizationNote("phenotype", original, phenotype, reason);
        return new PhenotypeReading(phenotype, note);
    }

    /// <summary>
    /// True for the words callers write when no phenotype could be called ("n/a", "No Result"): the gene was
    /// tested but not determined, which is neither a phenotype nor "not tested".
    /// </summary>
    public static bool IsNoResult(string? text) =>
        text is not null && NoResultWords.Contains(VocabularyText.Key(text));
}
