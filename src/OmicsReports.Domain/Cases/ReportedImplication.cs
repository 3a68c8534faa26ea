namespace OmicsReports.Domain.Cases;

/// <summary>
/// An implication that an imported report stated about its own findings, such as a FHIR Genomics Reporting
/// therapeutic-implication Observation. It is kept as the source said it, for display and comparison; OmicsReports'
/// own implications come only from its rules and knowledge base.
/// </summary>
public sealed record ReportedImplication : Finding
{
    /// <summary>Medications or therapies named, as written (text or coding display).</summary>
    public IReadOnlyList<string> Therapies { get; init; } = [];

    /// <summary>The stated effect, e.g. "Responsive", "Resistant", "Rapid metabolizer".</summary>
    public string? Effect { get; init; }

    /// <summary>The source's level of evidence, as written, e.g. "Tier I - Level A".</summary>
    public string? EvidenceLevel { get; init; }

    /// <summary>The disease or phenotype the statement applies to, as written.</summary>
    public string? Disease { get; init; }

    /// <summary>The source's own summary sentence, when it gave one.</summary>
    public string? Conclusion { get; init; }

    /// <summary>Clinical trials named by the statement (e.g. NCT numbers).</summary>
    public IReadOnlyList<string> Trials { get; init; } = [];

    /// <summary>Labels of the findings the statement was derived from, e.g. "EGFR L858R" or "TMB".</summary>
    public IReadOnlyList<string> Findings { get; init; } = [];
}
