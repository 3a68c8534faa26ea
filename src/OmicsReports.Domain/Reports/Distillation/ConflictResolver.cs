using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Knowledge.Therapies;

namespace OmicsReports.Domain.Reports.Distillation;

/// <summary>
/// Finds implications that pull in different directions on a drug and settles each pair (DOMAIN.md, "Conflicts"):
/// <list type="bullet">
/// <item>a resistance names the regimens it applies to, so "monotherapy" resistance does not touch a combination with
/// another biomarker-directed drug built to overcome it (encorafenib with cetuximab in BRAF V600E colorectal cancer);</item>
/// <item>resistance backed by a label or guideline in this tumour type outranks a sensitivity inferred from a wild type,
/// which is demoted to tier IIC and marked "contradicted by";</item>
/// <item>resistance to a drug the patient already received is read as acquired resistance;</item>
/// <item>otherwise both stand and the reader weighs them; pharmacogenomic alerts are linked to the options they touch.</item>
/// </list>
/// </summary>
public static class ConflictResolver
{
    /// <summary>A settled pair, by position in the list given to <see cref="Resolve"/>.</summary>
    public sealed record Pair(int For, int Against, IReadOnlyList<string> Drugs, ConflictResolution Resolution, string Explanation);

    public static (IReadOnlyList<Implication> Implications, IReadOnlyList<Pair> Pairs) Resolve(IReadOnlyList<Implication> implications, DrugCatalog drugs)
    {
        ArgumentNullException.ThrowIfNull(implications);
        ArgumentNullException.ThrowIfNull(drugs);
        var result = implications.ToArray();
        var pairs = new List<Pair>();
        for (var s = 0; s < implications.Count; s++)
        {
            var support = implications[s];
            if (support.Direction != Direction.Sensitive || support.Therapies.Count == 0)
            {
                continue;
            }

            for (var a = 0; a < implications.Count; a++)
            {
                var against = implications[a];
                if (!against.OpposesDrug || Touched(support, against, drugs) is not { Count: > 0 } shared)
                {
                    continue;
                }

                var resolution = Settle(support, against);
                pairs.Add(new Pair(s, a, shared, resolution, Explain(support, against, shared, resolution)));
                if (resolution == ConflictResolution.ResistanceOutranksWildType && result[s].DemotedFrom is null && result[s].Tier < EvidenceTier.IIC)
                {
                    result[s] = result[s] with
                    {
                        DemotedFrom = result[s].Tier,
                        Tier = EvidenceTier.IIC,
                        ContradictedBy = $"{against.Biomarker}: resistance to {string.Join(", ", shared)} ({against.EvidenceSource}, tier {against.Tier})",
                    };
                }
                else if (resolution == ConflictResolution.ResistanceOutranksWildType && result[s].ContradictedBy is null)
                {
                    result[s] = result[s] with { ContradictedBy = $"{against.Biomarker}: resistance to {string.Join(", ", shared)} ({against.EvidenceSource}, tier {against.Tier})" };
                }
            }
        }

        return (result, pairs);
    }

    /// <summary>
    /// The drugs of the support's regimen that the opposing implication speaks against. A monotherapy resistance
    /// touches a regimen only when the drug is its sole biomarker-directed agent.
    /// </summary>
    public static IReadOnlyList<string> Touched(Implication support, Implication against, DrugCatalog drugs)
    {
        ArgumentNullException.ThrowIfNull(support);
        ArgumentNullException.ThrowIfNull(against);
        ArgumentNullException.ThrowIfNull(drugs);
        var shared = support.Therapies.Intersect(against.Therapies, StringComparer.Ordinal).ToArray();
        if (shared.Length == 0)
        {
            return [];
        }

        if (against.Direction == Direction.Resistant && against.AppliesTo == ResistanceScope.Monotherapy
            && support.Therapies.Any(d => !against.Therapies.Contains(d, StringComparer.Ordinal) && !drugs.IsPartner(d)))
        {
            return [];
        }

        return shared;
    }

    private static ConflictResolution Settle(Implication support, Implication against) => (support, against) switch
    {
        (_, { Kind: ImplicationKind.Pharmacogenomic }) => ConflictResolution.PharmacogenomicAlert,
        ({ InferredFromWildType: true }, { Direction: Direction.Resistant, InThisTumorType: true, EvidenceLevel: EvidenceLevel.FdaApproved or EvidenceLevel.Guideline })
            => ConflictResolution.ResistanceOutranksWildType,
        (_, { Direction: Direction.Resistant, PriorTherapy.Received.Count: > 0 }) => ConflictResolution.AcquiredResistance,
        _ => ConflictResolution.WeighBoth,
    };

    private static string Explain(Implication support, Implication against, IReadOnlyList<string> drugs, ConflictResolution resolution)
    {
        var regimen = string.Join(" + ", support.Therapies);
        var drug = string.Join(", ", drugs);
        return resolution switch
        {
            ConflictResolution.ResistanceOutranksWildType =>
                $"{against.Biomarker} predicts resistance to {drug} ({against.EvidenceSource}, tier {against.Tier}), which outranks the sensitivity inferred from {support.Biomarker}: {regimen} is demoted below tier I.",
            ConflictResolution.AcquiredResistance =>
                $"{against.Biomarker} explains progression on {drug}, which the patient received: acquired resistance, so {regimen} is not an option to repeat.",
            ConflictResolution.PharmacogenomicAlert =>
                $"{against.Biomarker}: {Phrase(against.Direction)} {drug} if {regimen} is chosen.",
            _ => $"{support.Biomarker} supports {regimen} (tier {support.Tier}) while {against.Biomarker} predicts resistance to {drug} (tier {against.Tier}); weigh both before choosing.",
        };
    }

    private static string Phrase(Direction direction) => direction switch
    {
        Direction.Avoid => "avoid",
        Direction.ReduceDose => "reduce the dose of",
        Direction.Alternative => "consider an alternative to",
        _ => "predicts resistance to",
    };
}
