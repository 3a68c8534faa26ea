using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Reports;

namespace OmicsReports.Domain.Knowledge;

/// <summary>
/// The standard biomarker work-up of a tumour type (and its OncoTree subtypes): the source of pertinent negatives
/// and of recommended additional tests.
/// </summary>
public sealed record TumorTypeStandard
{
    /// <summary>OncoTree code; the standard applies to the code and everything beneath it.</summary>
    public required string TumorType { get; init; }

    public required IReadOnlyList<StandardBiomarker> Biomarkers { get; init; }

    public required IReadOnlyList<TestRecommendation> Tests { get; init; }

    public required IReadOnlyList<Reference> References { get; init; }

    public required DateOnly LastReviewed { get; init; }

    public SourceLocation? Location { get; init; }
}

/// <summary>
/// A gene in a layer (EGFR small variants, ALK fusions, ERBB2 amplification), or a whole-sample biomarker (MSI) when
/// <see cref="Gene"/> is null. Reported as a pertinent negative when tested and normal.
/// </summary>
public sealed record StandardBiomarker(Layer Layer, string? Gene);

/// <summary>
/// A test to recommend when any of <see cref="Genes"/> was not tested in <see cref="Layer"/>; for the protein layer,
/// when no result for <see cref="Marker"/> exists; for MSI and TMB, when the layer was not assessed.
/// </summary>
public sealed record TestRecommendation
{
    public required string Test { get; init; }

    public required string Reason { get; init; }

    public required Layer Layer { get; init; }

    public IReadOnlyList<string> Genes { get; init; } = [];

    public string? Marker { get; init; }

    /// <summary>A protein marker whose result also answers the question, e.g. HER2 IHC for ERBB2 copy number.</summary>
    public string? OrMarker { get; init; }
}
