using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Knowledge.Criteria;
using OmicsReports.Domain.Knowledge.Matching;

namespace OmicsReports.Domain.Reports.Distillation;

/// <summary>
/// Sorts the variants no rule used into oncogenic alterations without an implication (by the knowledge base's own
/// definition) and variants of uncertain significance for the appendix. Non-coding and silent variants are neither.
/// </summary>
public static class VariantSummary
{
    public static (IReadOnlyList<NotableFinding> Other, IReadOnlyList<VusEntry> Vus) For(
        CaseIndex index, OncogenicDefinition oncogenic, IReadOnlySet<Finding> used)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(oncogenic);
        ArgumentNullException.ThrowIfNull(used);
        var other = new List<NotableFinding>();
        var vus = new List<VusEntry>();
        foreach (var variant in index.Case.Variants)
        {
            if (variant.Gene is not { } gene || !variant.Passed || used.Contains(variant) || !IsCoding(variant))
            {
                continue;
            }

            if (Reason(gene, variant, oncogenic) is { } reason)
            {
                other.Add(new NotableFinding(gene, variant.Label, reason, variant.Source.ToString()));
            }
            else
            {
                vus.Add(new VusEntry(gene, variant.Label, variant.Vaf, variant.Source.ToString()));
            }
        }

        return (other, vus);
    }

    private static string? Reason(string gene, SmallVariant variant, OncogenicDefinition oncogenic)
    {
        if (variant.Protein is { } protein && oncogenic.FindHotspot(gene, protein) is { } hotspot)
        {
            return $"known hotspot ({hotspot.Source.Citation})";
        }

        return oncogenic.IsTumorSuppressor(gene) && VariantClasses.Is(variant, ConsequenceClass.Truncating)
            ? "truncating variant in a tumour suppressor gene"
            : null;
    }

    private static bool IsCoding(SmallVariant variant) => variant.Consequence switch
    {
        VariantConsequence.Silent or VariantConsequence.Intronic or VariantConsequence.UntranslatedRegion
            or VariantConsequence.Intergenic or VariantConsequence.NonCodingTranscript or VariantConsequence.Upstream
            or VariantConsequence.Downstream or VariantConsequence.SpliceRegion => false,
        VariantConsequence.Other => variant.Protein is not null,
        _ => true,
    };
}
