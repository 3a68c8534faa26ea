using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Knowledge.Therapies;

namespace OmicsReports.Domain.Reports.Distillation;

/// <summary>Why a regimen from another tumour type's evidence was, or was not, carried to this patient. JSON: kebab-case.</summary>
public enum CarryOverOutcome
{
    /// <summary>Carried: AMP/ASCO/CAP level C, listed apart from the on-label options.</summary>
    Carried,

    /// <summary>Only sensitivity travels; resistance to a drug not used in this tumour type is noise.</summary>
    NotSensitivity,

    /// <summary>The rule held without a positive finding (a wild type), which is never extrapolated.</summary>
    NoFinding,

    /// <summary>The rule says its evidence stays in its own tumour type (<c>carryOver: false</c>).</summary>
    RuleForbids,

    /// <summary>A drug of the regimen is a tumour-specific partner, not directed by the biomarker.</summary>
    PartnerDrug,

    /// <summary>This tumour type has its own rule for the same biomarker and drug, which decides instead.</summary>
    OwnRule,

    /// <summary>A matching rule for the same regimen explicitly excludes this tumour type.</summary>
    ExcludedHere,
}

/// <summary>The verdict on one regimen, with the sentence that explains it.</summary>
public sealed record CarryOverDecision(CarryOverOutcome Outcome, string Reason)
{
    public bool Carry => Outcome == CarryOverOutcome.Carried;
}

/// <summary>
/// The one carry-over policy for evidence from other tumour types (AMP/ASCO/CAP 2017 level C, Li et al., J Mol Diagn
/// 2017). Level C is about the biomarker-directed drug, not about regimens built for another tumour's biology
/// (DOMAIN.md, "Off-tumour noise"), so a regimen is carried only when every drug in it is biomarker-directed in the
/// source label, the rule allows it, and this tumour type has no rule of its own for the biomarker and drug. The
/// checks run in a fixed order, so the first reason that applies is the one reported.
/// </summary>
public static class CarryOverPolicy
{
    /// <param name="rule">The rule from another tumour type whose criterion holds for the case.</param>
    /// <param name="regimen">One of its regimens.</param>
    /// <param name="biomarkerFound">False when the rule held only through absences (a wild type).</param>
    /// <param name="drugs">The drug catalogue (roles: chemotherapy, hormonal, anti-angiogenic, hypomethylating...).</param>
    /// <param name="ownRuleDrugs">Drugs named by this tumour type's own rules that match the same findings.</param>
    /// <param name="excludedHere">Regimen keys (<see cref="RuleApplication.RegimenKey"/>) of matching rules whose scope excludes this tumour type.</param>
    public static CarryOverDecision Decide(
        Rule rule, Regimen regimen, bool biomarkerFound, DrugCatalog drugs, IReadOnlySet<string> ownRuleDrugs, IReadOnlySet<string> excludedHere)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(regimen);
        ArgumentNullException.ThrowIfNull(drugs);
        ArgumentNullException.ThrowIfNull(ownRuleDrugs);
        ArgumentNullException.ThrowIfNull(excludedHere);
        if (rule.Direction != Direction.Sensitive)
        {
            return new(CarryOverOutcome.NotSensitivity, "Only sensitivity is carried to other tumour types.");
        }

        if (!biomarkerFound)
        {
            return new(CarryOverOutcome.NoFinding, "A wild-type inference is never carried to another tumour type.");
        }

        if (!rule.CarryOver)
        {
            return new(CarryOverOutcome.RuleForbids, $"Rule {rule.Id} keeps its evidence to its own tumour type.");
        }

        if (regimen.Drugs.FirstOrDefault(d => rule.Partners.Contains(d, StringComparer.Ordinal)) is { } labelPartner)
        {
            return new(CarryOverOutcome.PartnerDrug, $"In the source label {labelPartner} is a partner for that tumour type, not directed by the biomarker.");
        }

        if (regimen.Drugs.FirstOrDefault(drugs.IsPartner) is { } partner)
        {
            return new(CarryOverOutcome.PartnerDrug,
                $"{partner} ({RoleText(drugs.Find(partner)!.Role)}) is part of the source tumour type's regimen, not directed by the biomarker.");
        }

        if (regimen.Drugs.FirstOrDefault(ownRuleDrugs.Contains) is { } own)
        {
            return new(CarryOverOutcome.OwnRule, $"This tumour type has its own rule for this biomarker and {own}.");
        }

        if (excludedHere.Contains(RuleApplication.RegimenKey(regimen)))
        {
            return new(CarryOverOutcome.ExcludedHere, "The evidence for this regimen explicitly excludes this tumour type.");
        }

        return new(CarryOverOutcome.Carried, "Every drug is biomarker-directed in the source label.");
    }

    private static string RoleText(DrugRole role) => role switch
    {
        DrugRole.Chemotherapy => "chemotherapy",
        DrugRole.Hormonal => "hormonal therapy",
        DrugRole.AntiAngiogenic => "anti-angiogenic",
        DrugRole.Hypomethylating => "hypomethylating agent",
        _ => "supportive",
    };
}
