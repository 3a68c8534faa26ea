using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Reports;

namespace OmicsReports.Reporting.Components;

/// <summary>The catalogue's words for implications and tiers: the same sentences on screen, on paper and in the minutes.</summary>
public static partial class ReportText
{
    /// <summary>What a tier means, for headings, tooltips and assistive technology.</summary>
    public static string TierDescription(EvidenceTier tier) => tier switch
    {
        EvidenceTier.IA => "Tier IA: FDA-approved or guideline-recommended in this tumour type",
        EvidenceTier.IB => "Tier IB: well-powered studies with expert consensus in this tumour type",
        EvidenceTier.IIC => "Tier IIC: approved in another tumour type, or clinical-trial evidence",
        EvidenceTier.IID => "Tier IID: preclinical evidence or case reports",
        EvidenceTier.III => "Tier III: unknown clinical significance",
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "Unknown evidence tier."),
    };

    /// <summary>The evidence behind one or several implications: level, source and where the evidence comes from.</summary>
    public static string Evidence(IReadOnlyCollection<Implication> implications)
    {
        ArgumentNullException.ThrowIfNull(implications);
        var levels = implications.Select(i => i.Level).Distinct(StringComparer.Ordinal).ToList();
        var sources = implications.Select(i => i.EvidenceSource).Where(s => !string.IsNullOrEmpty(s)).Distinct(StringComparer.Ordinal).ToList();
        var where = implications.All(i => i.InThisTumorType) ? "evidence in this tumour type"
            : implications.Any(i => i.InThisTumorType) ? "evidence in this and other tumour types"
            : "evidence in another tumour type";
        return $"{(levels.Count == 1 ? "Level" : "Levels")} {string.Join(", ", levels)}"
               + (sources.Count > 0 ? $" · {string.Join(", ", sources)}" : string.Empty) + $" · {where}";
    }

    /// <summary>
    /// What a group of regimens is called: options only when they are offered. Drugs to avoid and dose changes are
    /// drugs, never options; prognostic and diagnostic statements are statements.
    /// </summary>
    public static string GroupNoun(Implication first, int count)
    {
        ArgumentNullException.ThrowIfNull(first);
        return first switch
        {
            { Kind: ImplicationKind.Pharmacogenomic } => Count(count, "drug"),
            { IsAgainst: true } => Count(count, "drug to avoid", "drugs to avoid"),
            { Kind: ImplicationKind.Prognostic or ImplicationKind.Diagnostic } => Count(count, "statement"),
            _ => Count(count, "option"),
        };
    }

    /// <summary>The accessible name of one implication: the biomarker, the drugs, what to do and the tier.</summary>
    public static string Describe(Implication implication)
    {
        ArgumentNullException.ThrowIfNull(implication);
        return implication.Therapies.Count == 0
            ? implication.Biomarker
            : $"{implication.Biomarker}: {Therapies(implication)}, {Direction(implication.Direction)}, tier {implication.Tier}";
    }
}
