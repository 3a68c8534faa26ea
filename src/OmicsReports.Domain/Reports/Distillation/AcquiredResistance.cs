using OmicsReports.Domain.Knowledge;

namespace OmicsReports.Domain.Reports.Distillation;

/// <summary>
/// A resistance the knowledge base marks <c>acquired</c> was shown in tumours that progressed on the drug (secondary
/// KIT kinase-domain mutations after imatinib in GIST). The same mutation found before treatment is not shown to
/// predict failure, so such a resistance is dropped when the case's prior therapies are recorded and do not include
/// the regimen's drugs (a diagnostic specimen), and is shown with a caveat when no prior therapy is recorded.
/// </summary>
public static class AcquiredResistance
{
    /// <summary>Whether one regimen of the rule speaks for this patient.</summary>
    /// <param name="received">Lower-case drugs the patient received; null when the case records no prior therapy.</param>
    public static bool Applies(Rule rule, Regimen? regimen, IReadOnlyList<string>? received)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (!rule.Acquired || received is null || regimen is null)
        {
            return true;
        }

        return regimen.Drugs.Any(d => received.Contains(d, StringComparer.Ordinal));
    }

    /// <summary>Whether any regimen of the rule speaks for this patient (else its findings are reported as if no rule had used them).</summary>
    public static bool AppliesToAny(Rule rule, IReadOnlyList<string>? received)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule.Therapies.Count == 0 || rule.Therapies.Any(r => Applies(rule, r, received));
    }

    /// <summary>The caveat of an acquired resistance when the case records no prior therapy.</summary>
    public static PriorTherapyReading Unknown(Regimen regimen) => new(
        [],
        null,
        $"Shown in tumours that progressed on {string.Join(" and ", (regimen ?? throw new ArgumentNullException(nameof(regimen))).Drugs)}; " +
        "the case records no prior therapy, and the same mutation found before treatment is not shown to predict failure.");
}
