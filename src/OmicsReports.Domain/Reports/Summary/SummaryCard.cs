using OmicsReports.Domain.Knowledge;

namespace OmicsReports.Domain.Reports.Summary;

/// <summary>The sections of the key findings, in reading order.</summary>
public enum CardSection
{
    /// <summary>Options with evidence in this tumour type (or conditional on a grade or subtype).</summary>
    Therapy,

    /// <summary>Resistance and "avoid" statements.</summary>
    Against,

    /// <summary>Pharmacogenomic dose alerts.</summary>
    Pharmacogenomic,

    /// <summary>Prognostic and diagnostic statements.</summary>
    Informative,
}

/// <summary>A link from one card to another that pulls the other way, with the sentence that explains it.</summary>
public sealed record CardLink(string CardId, string Text);

/// <summary>
/// One card of the key findings: one biomarker and (for therapy options) one line of therapy. The first option is
/// the one named on the card (the preferred regimen when a guideline names one); the others fold under it.
/// </summary>
/// <param name="Id">A stable anchor within the report, "card-" and the position of the first option.</param>
/// <param name="Biomarker">What was found, e.g. "EGFR L858R", or the rule's wording for a wild type.</param>
/// <param name="Heading">For therapy cards: "First line", "Later lines"...; null otherwise.</param>
/// <param name="Tier">The best tier among the options.</param>
/// <param name="Options">Positions in <see cref="OmicsReport.Implications"/>, the named option first.</param>
/// <param name="NamedIsPreferred">True when the named option is a guideline's preferred regimen.</param>
/// <param name="Conflicts">Other cards that pull the other way on one of these drugs.</param>
public sealed record SummaryCard(
    string Id,
    CardSection Section,
    string Biomarker,
    string? Heading,
    EvidenceTier Tier,
    IReadOnlyList<int> Options,
    bool NamedIsPreferred,
    IReadOnlyList<CardLink> Conflicts)
{
    public int Named => Options[0];
}

/// <summary>
/// One line of the folded section "Approved for this biomarker in other tumour types": one regimen, the biomarker,
/// and where its evidence is from.
/// </summary>
public sealed record CarriedOverLine(string Regimen, string Biomarker, IReadOnlyList<string> SourceTumorTypes, EvidenceTier Tier, IReadOnlyList<int> Options);
