using OmicsReports.Domain.Knowledge;

namespace OmicsReports.Domain.Reports.Distillation;

/// <summary>
/// Groups ranked implications that share a drug (directly or through a chain of shared drugs), keeps each group
/// together in rank order of its best member, and explains groups in which the implications pull in different
/// directions: sensitivity and resistance, or a therapy and a pharmacogenomic warning, for the same drug.
/// </summary>
public static class TherapyGrouping
{
    public static (IReadOnlyList<Implication> Implications, IReadOnlyList<TherapyGroup> Groups) Group(IReadOnlyList<Implication> ranked)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        var parent = Enumerable.Range(0, ranked.Count).ToArray();
        var firstByDrug = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ranked.Count; i++)
        {
            foreach (var drug in ranked[i].Therapies)
            {
                if (firstByDrug.TryGetValue(drug, out var other))
                {
                    Union(parent, i, other);
                }
                else
                {
                    firstByDrug[drug] = i;
                }
            }
        }

        // Groups appear in the order of their best (first-ranked) member; members keep their rank order.
        var clusters = Enumerable.Range(0, ranked.Count).GroupBy(i => Find(parent, i)).OrderBy(g => g.Min()).ToArray();
        var ordered = new List<Implication>(ranked.Count);
        var groups = new List<TherapyGroup>(clusters.Length);
        for (var g = 0; g < clusters.Length; g++)
        {
            var members = clusters[g].Select(i => ranked[i]).ToArray();
            ordered.AddRange(members.Select(m => m with { TherapyGroup = g + 1, Conflicts = ConflictsOf(m, members) }));
            groups.Add(Describe(g + 1, members));
        }

        return (ordered, groups);
    }

    private static TherapyGroup Describe(int number, IReadOnlyList<Implication> members)
    {
        var drugs = members.SelectMany(m => m.Therapies).Distinct(StringComparer.Ordinal).ToArray();
        var supporting = members.Where(m => !Opposes(m.Direction)).Select(m => m.Biomarker).Distinct(StringComparer.Ordinal).ToArray();
        var opposing = members.Where(m => Opposes(m.Direction)).Select(m => m.Biomarker).Distinct(StringComparer.Ordinal).ToArray();
        string? explanation = null;
        if (supporting.Length > 0 && opposing.Length > 0)
        {
            var shared = members.Where(m => !Opposes(m.Direction)).SelectMany(m => m.Therapies)
                .Intersect(members.Where(m => Opposes(m.Direction)).SelectMany(m => m.Therapies), StringComparer.Ordinal);
            explanation = $"Findings pull in different directions for {string.Join(", ", shared)}: " +
                $"{string.Join("; ", supporting)} support it, while {string.Join("; ", opposing)} argue against it or limit its dose. " +
                "Weigh both, with the tiers shown, before choosing.";
        }

        return new TherapyGroup(number, drugs, members.Min(m => m.Tier), supporting, opposing, explanation);
    }

    private static string[] ConflictsOf(Implication implication, IReadOnlyList<Implication> members) => members
        .Where(other => !ReferenceEquals(other, implication) && Opposes(other.Direction) != Opposes(implication.Direction))
        .SelectMany(other => other.Therapies.Intersect(implication.Therapies, StringComparer.Ordinal)
            .Select(drug => $"{other.Biomarker}: {Phrase(other.Direction)} {drug} (tier {other.Tier}, {string.Join(", ", other.RuleIds)})"))
        .Distinct(StringComparer.Ordinal)
        .ToArray();

    /// <summary>Directions that argue against giving a drug as planned.</summary>
    private static bool Opposes(Direction direction) =>
        direction is Direction.Resistant or Direction.Avoid or Direction.ReduceDose or Direction.Alternative;

    private static string Phrase(Direction direction) => direction switch
    {
        Direction.Sensitive => "predicts benefit from",
        Direction.Resistant => "predicts resistance to",
        Direction.Avoid => "avoid",
        Direction.ReduceDose => "reduce the dose of",
        Direction.Alternative => "consider an alternative to",
        _ => "concerns",
    };

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    private static void Union(int[] parent, int a, int b) => parent[Find(parent, a)] = Find(parent, b);
}
