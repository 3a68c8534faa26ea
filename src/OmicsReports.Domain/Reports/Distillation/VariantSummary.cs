using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Knowledge.Matching;

namespace OmicsReports.Domain.Reports.Distillation;

/// <summary>
/// Sorts the variants no rule used into oncogenic alterations without an implication (by the knowledge base's own
/// definition: hotspot, truncating or canonical splice variant in a tumour suppressor) and variants of uncertain
/// significance for the appendix; non-coding and silent variants are neither, except changes at or next to a splice
/// site (derived from their c. notation), which stay in the appendix. Homozygous deletions of tumour
/// suppressors that no rule used are oncogenic findings too. Each says why it counts.
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

            if (oncogenic.Classify(gene, variant) is { } basis)
            {
                other.Add(new NotableFinding(gene, variant.Label, $"{basis.Text} ({basis.Source.Citation})", variant.Source.ToString()));
            }
            else
            {
                vus.Add(new VusEntry(gene, variant.Label, variant.Vaf, variant.Source.ToString()));
            }
        }

        foreach (var copyNumber in index.Case.CopyNumbers)
        {
            if (!used.Contains(copyNumber) && oncogenic.Classify(copyNumber) is { } basis)
            {
                other.Add(new NotableFinding(copyNumber.Gene, FindingLabels.LabelOf(copyNumber), $"{basis.Text} ({basis.Source.Citation})", copyNumber.Source.ToString()));
            }
        }

        return (other, vus);
    }

    private static bool IsCoding(SmallVariant variant) => variant.Consequence switch
    {
        VariantConsequence.Silent or VariantConsequence.Intronic or VariantConsequence.UntranslatedRegion
            or VariantConsequence.Intergenic or VariantConsequence.NonCodingTranscript or VariantConsequence.Upstream
            or VariantConsequence.Downstream or VariantConsequence.SpliceRegion => variant.Location?.Splice is not null,
        VariantConsequence.Other => variant.Protein is not null || variant.Location?.Splice is not null,
        _ => true,
    };
}
