namespace OmicsReports.Domain.Cases;

/// <summary>
/// A systemic therapy the patient received before this specimen, as a lower-case generic drug name. Known prior
/// therapies change what a finding means: EGFR C797S after osimertinib is acquired resistance, and an option labelled
/// "after progression on an EGFR inhibitor" becomes one the patient qualifies for.
/// </summary>
public sealed record PriorTherapy : Finding
{
    /// <summary>Lower-case generic name, e.g. "osimertinib"; brand names are not resolved.</summary>
    public required string Drug { get; init; }

    /// <summary>When treatment started, where the source says.</summary>
    public DateOnly? StartedOn { get; init; }

    /// <summary>When treatment ended, where the source says.</summary>
    public DateOnly? EndedOn { get; init; }
}
