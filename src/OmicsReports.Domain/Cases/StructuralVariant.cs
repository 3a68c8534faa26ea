namespace OmicsReports.Domain.Cases;

public enum StructuralVariantKind
{
    Fusion,
    Deletion,
    Duplication,
    Inversion,
    Translocation,
    Other,
}

public enum FusionFrame
{
    Unknown,
    InFrame,
    OutOfFrame,
}

/// <summary>
/// A structural variant or fusion between two genes. <see cref="GeneA"/>/<see cref="GeneB"/> keep the file's order;
/// <see cref="OrderIsFivePrimeToThreePrime"/> says whether that order is known to be 5'→3'. Rules must match either
/// order unless the partner's position matters.
/// </summary>
public sealed record StructuralVariant : Finding
{
    public StructuralVariantKind Kind { get; init; } = StructuralVariantKind.Fusion;

    public required string GeneA { get; init; }

    /// <summary>The partner gene; null for an intragenic event or when the partner is intergenic.</summary>
    public string? GeneB { get; init; }

    public bool OrderIsFivePrimeToThreePrime { get; init; }

    public int? ExonA { get; init; }

    public int? ExonB { get; init; }

    public FusionFrame Frame { get; init; }

    /// <summary>Reads supporting the event (split plus spanning where both are given).</summary>
    public int? SupportingReads { get; init; }

    /// <summary>Breakpoints as "chromosome:position", without a "chr" prefix.</summary>
    public string? BreakpointA { get; init; }

    public string? BreakpointB { get; init; }

    /// <summary>True when either partner is <paramref name="gene"/>.</summary>
    public bool Involves(string gene) => GeneA == gene || GeneB == gene;

    /// <summary>"EML4::ALK" (HGVS fusion notation) in the file's order.</summary>
    public string Label => GeneB is null ? $"{GeneA} {Kind.ToString().ToLowerInvariant()}" : $"{GeneA}::{GeneB}";
}
