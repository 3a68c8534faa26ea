using OmicsReports.Domain.Cases;

namespace OmicsReports.Ingest.Formats.Bundle;

// The native case bundle as written by laboratories and the REST API (docs/schemas/case-bundle.schema.json).
// Values are as reported; BundleMapper harmonizes them. Property names are camelCase in JSON.

internal sealed record BundleDocument
{
    public required string Format { get; init; }
    public required int Version { get; init; }
    public required BundlePatient Patient { get; init; }
    public required BundleSpecimen Specimen { get; init; }
    public BundleTumorType? TumorType { get; init; }
    public IReadOnlyList<BundleCoverage> Profiling { get; init; } = [];
    public IReadOnlyList<BundleVariant> Variants { get; init; } = [];
    public IReadOnlyList<BundleCopyNumber> CopyNumbers { get; init; } = [];
    public IReadOnlyList<BundleSegment> Segments { get; init; } = [];
    public IReadOnlyList<BundleStructuralVariant> StructuralVariants { get; init; } = [];
    public BundleTmb? Tmb { get; init; }
    public BundleMsi? Msi { get; init; }
    public IReadOnlyList<BundleExpression> Expression { get; init; } = [];
    public IReadOnlyList<BundleProtein> Proteins { get; init; } = [];
    public IReadOnlyList<BundlePharmacogenomic> Pharmacogenomics { get; init; } = [];
    public BundleHrd? Hrd { get; init; }
    public IReadOnlyList<BundleHla> Hla { get; init; } = [];

    // Null when the bundle does not say; an empty list means "none" (treatment-naive).
    public IReadOnlyList<BundlePriorTherapy>? PriorTherapies { get; init; }
}

internal sealed record BundlePatient
{
    public required string Id { get; init; }
    public string? Mrn { get; init; }
    public string? FamilyName { get; init; }
    public string? GivenName { get; init; }
    public DateOnly? BirthDate { get; init; }
    public Sex Sex { get; init; }
    public double? Age { get; init; }
}

internal sealed record BundleSpecimen
{
    public required string SampleId { get; init; }
    public string? SampleType { get; init; }
    public DateOnly? CollectedOn { get; init; }
    public double? TumorPurity { get; init; }
    public double? MeanCoverage { get; init; }
}

// Properties, not a positional record: a constructor parameter would make the optional "name" required.
internal sealed record BundleTumorType
{
    public required string Code { get; init; }
    public string? Name { get; init; }
}

internal sealed record BundleCoverage
{
    public required Layer Layer { get; init; }
    public string? PanelId { get; init; }
    public IReadOnlyList<string>? Genes { get; init; }
    public bool WholeGenome { get; init; }
}

internal sealed record BundleVariant
{
    public string? Gene { get; init; }
    public string? Chromosome { get; init; }
    public long? Position { get; init; }
    public string? Reference { get; init; }
    public string? Alternate { get; init; }
    public string? Transcript { get; init; }
    public string? HgvsC { get; init; }
    public string? HgvsP { get; init; }
    public string? Consequence { get; init; }
    public int? Exon { get; init; }
    public double? Vaf { get; init; }
    public int? Depth { get; init; }
    public int? AltReads { get; init; }
    public VariantOrigin Origin { get; init; } = VariantOrigin.Somatic;
    public string? Filter { get; init; }
}

internal sealed record BundleCopyNumber
{
    public required string Gene { get; init; }
    public required CopyNumberCall Call { get; init; }
    public double? Log2Ratio { get; init; }
    public double? CopyNumber { get; init; }
    public bool? LossOfHeterozygosity { get; init; }
}

internal sealed record BundleSegment
{
    public required string Chromosome { get; init; }
    public required long Start { get; init; }
    public required long End { get; init; }
    public double? Log2Ratio { get; init; }
    public int? MajorCopies { get; init; }
    public int? MinorCopies { get; init; }
    public IReadOnlyList<string> Genes { get; init; } = [];
}

internal sealed record BundleStructuralVariant
{
    public StructuralVariantKind Kind { get; init; } = StructuralVariantKind.Fusion;
    public required string GeneA { get; init; }
    public string? GeneB { get; init; }
    public bool FivePrimeFirst { get; init; }
    public int? ExonA { get; init; }
    public int? ExonB { get; init; }
    public FusionFrame Frame { get; init; }
    public int? SupportingReads { get; init; }
    public string? BreakpointA { get; init; }
    public string? BreakpointB { get; init; }
}

internal sealed record BundleTmb(double Value, string Unit);

internal sealed record BundleMsi
{
    public required string Status { get; init; }
    public double? Score { get; init; }
    public string? Method { get; init; }
}

internal sealed record BundleExpression
{
    public required string Gene { get; init; }
    public double? Value { get; init; }
    public string? Unit { get; init; }
    public double? ZScore { get; init; }
    public string? ZScoreReference { get; init; }
}

internal sealed record BundleProtein
{
    public required string Marker { get; init; }
    public string? AntibodyClone { get; init; }
    public required string ScoringSystem { get; init; }
    public double? Value { get; init; }
    public string? Category { get; init; }
    public IshResult Ish { get; init; } = IshResult.NotDone;
}

internal sealed record BundlePriorTherapy
{
    public required string Drug { get; init; }
    public DateOnly? StartedOn { get; init; }
    public DateOnly? EndedOn { get; init; }
}

internal sealed record BundlePharmacogenomic
{
    public required string Gene { get; init; }
    public required string Diplotype { get; init; }
    public string? Phenotype { get; init; }
    public double? ActivityScore { get; init; }
}

internal sealed record BundleHrd
{
    public string? Status { get; init; }
    public double? Score { get; init; }
    public string? ScoreKind { get; init; }
    public string? Assay { get; init; }
}

internal sealed record BundleHla
{
    public required string Gene { get; init; }
    public required IReadOnlyList<string> Alleles { get; init; }
    public string? Method { get; init; }
}
