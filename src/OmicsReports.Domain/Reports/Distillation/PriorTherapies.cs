using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Knowledge.Therapies;

namespace OmicsReports.Domain.Reports.Distillation;

/// <summary>
/// Reads one implication in the light of the recorded prior therapies: drugs already received are marked, options
/// that require a prior therapy say whether the patient qualifies, and resistance to a received drug is acquired
/// resistance (EGFR C797S after osimertinib). Nothing is said when no prior therapy was recorded.
/// </summary>
public static class PriorTherapies
{
    public static PriorTherapyReading? Read(Rule rule, Regimen? regimen, IReadOnlyList<string>? received, DrugCatalog drugs)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(drugs);
        if (received is null && regimen is not null && rule.Acquired)
        {
            return AcquiredResistance.Unknown(regimen);
        }

        if (received is null || regimen is null)
        {
            return null;
        }

        var already = regimen.Drugs.Where(d => received.Contains(d, StringComparer.Ordinal)).ToArray();
        if (rule.Direction == Direction.Resistant)
        {
            return already.Length == 0 ? null
                : new PriorTherapyReading(already, null, $"Acquired resistance: the patient received {string.Join(", ", already)}.");
        }

        if (rule.Direction != Direction.Sensitive)
        {
            return null;
        }

        var requirements = rule.SettingOf(regimen)?.After ?? [];
        bool? met = requirements.Count == 0 ? null : requirements.All(r => received.Any(p => drugs.Satisfies(p, r)));
        var sentences = new List<string>();
        if (already.Length > 0)
        {
            sentences.Add($"Already received: {string.Join(", ", already)}.");
        }

        if (met is { } qualifies)
        {
            var needed = string.Join(" and ", requirements.Select(drugs.Describe));
            var matching = received.Where(p => requirements.Any(r => drugs.Satisfies(p, r))).Distinct(StringComparer.Ordinal).ToArray();
            sentences.Add(qualifies
                ? $"Requires previous treatment with {needed}: received ({string.Join(", ", matching)}), so the patient qualifies now."
                : $"Requires previous treatment with {needed}, which is not among the recorded prior therapies.");
        }

        return sentences.Count == 0 ? null : new PriorTherapyReading(already, met, string.Join(" ", sentences));
    }
}
