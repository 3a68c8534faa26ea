using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Knowledge.Therapies;
using OmicsReports.Domain.Reports;

namespace OmicsReports.Domain.Knowledge.Validation;

/// <summary>
/// Checks the therapy fields of rules: every sensitivity states its line of therapy (a warning, so that older bases
/// still load), resistance scopes and partners make sense, and (when the base has drugs.yaml) every drug and prior-therapy requirement is known, so no
/// chemotherapy backbone passes for a biomarker-directed drug by being forgotten.
/// </summary>
internal static class TherapyCheck
{
    public static IEnumerable<ImportProblem> Problems(KnowledgeBase knowledgeBase)
    {
        var drugs = knowledgeBase.Drugs;
        var checkNames = drugs.Drugs.Count > 0;
        foreach (var rule in knowledgeBase.Rules)
        {
            var sensitive = rule.Kind == ImplicationKind.Therapeutic && rule.Direction == Direction.Sensitive;
            if (sensitive && rule.Therapies.FirstOrDefault(r => rule.SettingOf(r) is null) is { } unset)
            {
                // A warning, not an error: knowledge bases written before settings existed must still load (kb diff,
                // reanalysis of stored reports); their cards say "line not stated". The shipped base has none.
                yield return ImportProblem.Warning("no-setting", rule.Location?.File ?? "knowledge", rule.Location?.Line ?? 0, rule.Location?.Column,
                    $"Rule {rule.Id} does not say in which line {unset} is given; add 'setting:' (first-line, later-line, any-line, maintenance, adjuvant, neoadjuvant) from the label or guideline.");
            }

            if (!sensitive && (rule.Setting is not null || rule.Preferred || rule.Therapies.Any(r => r.Setting is not null || r.Preferred is not null)))
            {
                yield return Error(rule, "setting-not-sensitivity", $"Rule {rule.Id} is not a therapeutic sensitivity; a setting or preference has no meaning there.");
            }

            if (rule.Direction != Direction.Resistant && rule.AppliesTo != ResistanceScope.AnyRegimen)
            {
                yield return Error(rule, "applies-to-resistance-only", $"Rule {rule.Id} is not a resistance; 'appliesTo' has no meaning there.");
            }

            if (rule.Acquired && (rule.Direction != Direction.Resistant || rule.Therapies.Count == 0))
            {
                yield return Error(rule, "acquired-resistance-only", $"Rule {rule.Id} is not a resistance to a named drug; 'acquired' has no meaning there.");
            }

            var ruleDrugs = rule.Therapies.SelectMany(r => r.Drugs).ToHashSet(StringComparer.Ordinal);
            foreach (var partner in rule.Partners.Where(p => !ruleDrugs.Contains(p)))
            {
                yield return Error(rule, "unknown-partner", $"Rule {rule.Id} names partner {partner}, which none of its regimens contains.");
            }

            if (!checkNames)
            {
                continue;
            }

            foreach (var drug in ruleDrugs.Where(d => drugs.Find(d) is null).Order(StringComparer.Ordinal))
            {
                yield return Error(rule, "unknown-drug", $"Rule {rule.Id} names {drug}, which drugs.yaml does not list (give its role and classes there).");
            }

            var requirements = rule.Therapies.Select(rule.SettingOf).OfType<TherapySetting>().SelectMany(s => s.After).Distinct(StringComparer.Ordinal);
            foreach (var requirement in requirements.Where(r => !Known(drugs, r)))
            {
                yield return Error(rule, "unknown-requirement", $"Rule {rule.Id} requires prior '{requirement}', which is neither a class, a role nor a drug of drugs.yaml.");
            }
        }
    }

    private static bool Known(DrugCatalog drugs, string requirement) =>
        requirement == DrugCatalog.AnySystemicTherapy || drugs.Classes.ContainsKey(requirement) || drugs.Find(requirement) is not null
        || Enum.GetValues<DrugRole>().Any(r => DrugCatalog.RoleId(r) == requirement);

    private static ImportProblem Error(Rule rule, string code, string message) => KnowledgeValidator.Error(rule.Location, code, message);
}
