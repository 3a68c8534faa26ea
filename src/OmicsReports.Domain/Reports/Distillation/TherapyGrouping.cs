namespace OmicsReports.Domain.Reports.Distillation;

/// <summary>
/// Groups ranked implications that share a drug (directly or through a chain of shared drugs), keeps each group
/// together in rank order of its best member, and carries the settled conflicts (<see cref="ConflictResolver"/>) into
/// the final order: each implication lists what pulls the other way, each group explains its conflicts, and the
/// report's <see cref="OmicsReport.Conflicts"/> names both sides by their final positions.
/// </summary>
public static class TherapyGrouping
{
    public static (IReadOnlyList<Implication> Implications, IReadOnlyList<TherapyGroup> Groups) Group(IReadOnlyList<Implication> ranked)
    {
        var (implications, groups, _) = Group(ranked, []);
        return (implications, groups);
    }

    /// <param name="ranked">Implications in rank order.</param>
    /// <param name="pairs">Settled conflicts by position in <paramref name="ranked"/>.</param>
    public static (IReadOnlyList<Implication> Implications, IReadOnlyList<TherapyGroup> Groups, IReadOnlyList<Conflict> Conflicts) Group(
        IReadOnlyList<Implication> ranked, IReadOnlyList<ConflictResolver.Pair> pairs)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(pairs);
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
        var position = new int[ranked.Count];
        var order = new List<int>(ranked.Count);
        var groupOf = new int[ranked.Count];
        for (var g = 0; g < clusters.Length; g++)
        {
            foreach (var i in clusters[g])
            {
                position[i] = order.Count;
                groupOf[i] = g + 1;
                order.Add(i);
            }
        }

        var conflicts = pairs
            .Select(p => new Conflict(position[p.For], position[p.Against], p.Drugs, p.Resolution, p.Explanation))
            .OrderBy(c => c.For).ThenBy(c => c.Against)
            .ToArray();
        var ordered = order.Select(i => ranked[i] with
        {
            TherapyGroup = groupOf[i],
            Conflicts = pairs.Where(p => p.For == i || p.Against == i).Select(p => p.Explanation).Distinct(StringComparer.Ordinal).ToArray(),
        }).ToArray();
        var groups = clusters.Select((cluster, g) => Describe(g + 1, cluster.Select(i => ranked[i]).ToArray(),
            pairs.Where(p => groupOf[p.For] == g + 1).Select(p => p.Explanation).Distinct(StringComparer.Ordinal).ToArray())).ToArray();
        return (ordered, groups, conflicts);
    }

    private static TherapyGroup Describe(int number, Implication[] members, string[] explanations)
    {
        var drugs = members.SelectMany(m => m.Therapies).Distinct(StringComparer.Ordinal).ToArray();
        var supporting = members.Where(m => !m.OpposesDrug).Select(m => m.Biomarker).Distinct(StringComparer.Ordinal).ToArray();
        var opposing = members.Where(m => m.OpposesDrug).Select(m => m.Biomarker).Distinct(StringComparer.Ordinal).ToArray();
        var explanation = explanations.Length == 0 ? null : string.Join(" ", explanations);
        return new TherapyGroup(number, drugs, members.Min(m => m.Tier), supporting, opposing, explanation);
    }

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
