using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Reports;

namespace OmicsReports.Reporting.Components;

/// <summary>How an implication is coloured, the same on screen and on paper (tokens.css).</summary>
public static class ImplicationStyle
{
    /// <summary>The style family: sensitive, resistance, pgx or info (the CSS modifier <c>omics-imp--{kind}</c>).</summary>
    public static string KindOf(Implication implication)
    {
        ArgumentNullException.ThrowIfNull(implication);
        return implication switch
        {
            { Kind: ImplicationKind.Pharmacogenomic } => "pgx",
            { IsAgainst: true } => "resistance",
            { Kind: ImplicationKind.Prognostic or ImplicationKind.Diagnostic } => "info",
            _ => "sensitive",
        };
    }

    /// <summary>
    /// The CSS variable that colours a tier badge. A badge on a card against a drug takes the resistance colour: the
    /// tier colours of IA and IB are green, and green must never mark a drug to avoid.
    /// </summary>
    public static string TierColour(EvidenceTier tier, bool against) =>
        against ? "var(--omics-resistance)" : $"var(--omics-tier-{tier.ToString().ToLowerInvariant()})";
}
