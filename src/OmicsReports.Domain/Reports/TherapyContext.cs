using OmicsReports.Domain.Knowledge.Therapies;

namespace OmicsReports.Domain.Reports;

/// <summary>The line of therapy of an option, in words the report prints.</summary>
/// <param name="Line">The line, for ordering: first line before later lines.</param>
/// <param name="Label">"First line", "After progression on an EGFR tyrosine kinase inhibitor", "Maintenance"...</param>
/// <param name="Requires">The prior therapies a later-line option requires, in words; empty otherwise.</param>
public sealed record ImplicationSetting(TherapyLine Line, string Label, IReadOnlyList<string> Requires);

/// <summary>
/// How the recorded prior therapies bear on one implication. Absent when the case records none (unknown).
/// </summary>
/// <param name="Received">Drugs of this regimen the patient has already received.</param>
/// <param name="RequirementMet">For options that require a prior therapy: whether it was received; null otherwise.</param>
/// <param name="Note">One sentence for the reader, e.g. "Already received: osimertinib."</param>
public sealed record PriorTherapyReading(IReadOnlyList<string> Received, bool? RequirementMet, string Note);

/// <summary>How the engine settled a conflict between two implications. JSON: kebab-case.</summary>
public enum ConflictResolution
{
    /// <summary>
    /// Resistance backed by a label or guideline in this tumour type outranks a sensitivity inferred from a wild type:
    /// the sensitivity is demoted below tier I and marked "contradicted by".
    /// </summary>
    ResistanceOutranksWildType,

    /// <summary>The patient already received the drug and the finding explains progression on it.</summary>
    AcquiredResistance,

    /// <summary>Both stand with their own tiers; the reader weighs them.</summary>
    WeighBoth,

    /// <summary>A pharmacogenomic alert (avoid, reduce the dose, choose an alternative) on a drug of a therapy option.</summary>
    PharmacogenomicAlert,
}

/// <summary>
/// Two implications of one report that pull in different directions on the same drug, by their positions in
/// <see cref="OmicsReport.Implications"/> (0-based), with how the engine settled it.
/// </summary>
/// <param name="For">The implication that supports the drug (sensitivity).</param>
/// <param name="Against">The implication that argues against it (resistance, avoid, reduce dose, alternative).</param>
public sealed record Conflict(int For, int Against, IReadOnlyList<string> Drugs, ConflictResolution Resolution, string Explanation);
