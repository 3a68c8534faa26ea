namespace OmicsReports.Domain.Cases;

/// <summary>The kinds of result a case can hold. Profiling is recorded per layer.</summary>
public enum Layer
{
    SmallVariants,
    CopyNumber,
    StructuralVariants,
    Expression,
    Protein,
    Tmb,
    Msi,
    Pharmacogenomics,

    /// <summary>Homologous recombination deficiency: a whole-sample status or genomic instability score.</summary>
    Hrd,

    /// <summary>HLA genotyping, per locus.</summary>
    Hla,
}

/// <summary>Which layers a report names as "not tested" when they were not assessed.</summary>
public static class LayerExpectations
{
    /// <summary>
    /// True for the layers every report accounts for. HRD and HLA typing are ordered for particular indications, so
    /// their absence is not listed on every report; a rule that needs them asks for them as a recommended test.
    /// </summary>
    public static bool IsRoutine(this Layer layer) => layer is not (Layer.Hrd or Layer.Hla);
}

/// <summary>Whether a gene (or a biomarker) was assessed in a layer. Never conflate the last two.</summary>
public enum TestStatus
{
    /// <summary>The layer was assessed and covers the gene: absence of a finding means "not detected".</summary>
    Tested,

    /// <summary>The layer was not assessed, or its panel lacks the gene: nothing can be said.</summary>
    NotTested,
}

/// <summary>
/// What one layer assessed. <see cref="Genes"/> is the panel's gene list, or null when the whole genome (or every
/// gene of the assay) was assessed, as for whole-exome sequencing or a genome-wide CNA call.
/// </summary>
public sealed record LayerCoverage(Layer Layer, string? PanelId, IReadOnlySet<string>? Genes)
{
    public bool Covers(string gene) => Genes is null || Genes.Contains(gene);
}

/// <summary>What was profiled, layer by layer. A layer without coverage was not tested.</summary>
public sealed record Profiling(IReadOnlyList<LayerCoverage> Layers)
{
    public static Profiling None { get; } = new([]);

    public bool Assessed(Layer layer) => Layers.Any(l => l.Layer == layer);

    /// <summary>Tested only when the layer was assessed and its panel includes the gene.</summary>
    public TestStatus StatusOf(Layer layer, string gene) =>
        Layers.Any(l => l.Layer == layer && l.Covers(gene)) ? TestStatus.Tested : TestStatus.NotTested;

    /// <summary>Tested when a whole-sample biomarker layer (TMB, MSI) was assessed.</summary>
    public TestStatus StatusOf(Layer layer) => Assessed(layer) ? TestStatus.Tested : TestStatus.NotTested;
}
