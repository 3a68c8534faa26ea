using OmicsReports.Domain.Cases;

namespace OmicsReports.Ingest.Pipeline;

/// <summary>
/// Works out, per layer, which genes a sample was tested for. Sources, strongest first: a declared panel (or a
/// declared genome-wide assay); the genes a matrix file measured for the sample (intersected with the panel when both
/// exist); and, as the last resort, the genes that have findings, with a warning that absence elsewhere means
/// nothing. A layer with none of these was not tested.
/// </summary>
public sealed class CoverageBuilder
{
    private readonly Dictionary<Layer, State> layers = [];

    /// <summary>The layer was assessed with a panel (<paramref name="genes"/>) or genome-wide (null genes).</summary>
    public void Declare(Layer layer, string? panelId, IReadOnlySet<string>? genes)
    {
        var state = StateOf(layer);
        state.Declared = true;
        state.PanelId = panelId;
        state.Genes = genes;
    }

    /// <summary>A source says the layer was not assessed (a panel matrix "NA").</summary>
    public void DeclareNotProfiled(Layer layer, string because) => StateOf(layer).NotProfiledBecause = because;

    /// <summary>The file measured <paramref name="gene"/> for this sample (a matrix cell that is not NA).</summary>
    public void Measured(Layer layer, string gene) => (StateOf(layer).Measured ??= new HashSet<string>(StringComparer.Ordinal)).Add(gene);

    /// <summary>Adds this sample's coverage to <paramref name="target"/>; declarations already there win.</summary>
    public void MergeInto(CoverageBuilder target)
    {
        ArgumentNullException.ThrowIfNull(target);
        foreach (var (layer, state) in layers)
        {
            var other = target.StateOf(layer);
            if (state.Declared && !other.Declared)
            {
                other.Declared = true;
                other.PanelId = state.PanelId;
                other.Genes = state.Genes;
            }

            if (state.Measured is not null)
            {
                other.Measured ??= new HashSet<string>(StringComparer.Ordinal);
                other.Measured.UnionWith(state.Measured);
            }

            other.NotProfiledBecause ??= state.NotProfiledBecause;
        }
    }

    internal Profiling Build(
        string sampleId,
        string fileForWarnings,
        IReadOnlyDictionary<Layer, IEnumerable<string>> findingGenes,
        bool hasTmb,
        bool hasMsi,
        List<ImportProblem> warnings)
    {
        var result = new List<LayerCoverage>();
        foreach (var layer in Enum.GetValues<Layer>())
        {
            var withFindings = findingGenes.TryGetValue(layer, out var genes) ? genes.ToHashSet(StringComparer.Ordinal) : [];
            var state = layers.GetValueOrDefault(layer);
            if (state is { Declared: true })
            {
                var tested = state.Measured is null ? state.Genes : Intersect(state.Genes, state.Measured);
                result.Add(new LayerCoverage(layer, state.PanelId, tested));
            }
            else if (state?.Measured is { } measured)
            {
                if (state.NotProfiledBecause is { } because)
                {
                    warnings.Add(ImportProblem.Warning("coverage-conflict", fileForWarnings, 0, null,
                        $"Sample {sampleId}, {Describe(layer)}: {because}, yet a file measured {measured.Count} genes; those count as tested."));
                }

                result.Add(new LayerCoverage(layer, null, measured));
            }
            else if (withFindings.Count > 0)
            {
                var reason = state?.NotProfiledBecause is { } because
                    ? $"{because}, yet the files hold findings"
                    : "no gene panel or case list says what was profiled";
                warnings.Add(ImportProblem.Warning("coverage-unknown", fileForWarnings, 0, null,
                    $"Sample {sampleId}, {Describe(layer)}: {reason}; only genes with findings count as tested."));
                result.Add(new LayerCoverage(layer, null, withFindings));
            }
        }

        if (hasTmb)
        {
            result.Add(new LayerCoverage(Layer.Tmb, null, null));
        }

        if (hasMsi)
        {
            result.Add(new LayerCoverage(Layer.Msi, null, null));
        }

        return new Profiling(result);
    }

    private static HashSet<string> Intersect(IReadOnlySet<string>? panel, HashSet<string> measured) =>
        panel is null || panel.IsSupersetOf(measured) ? measured : [.. measured.Where(panel.Contains)];

    private static string Describe(Layer layer) => layer switch
    {
        Layer.SmallVariants => "mutations",
        Layer.CopyNumber => "copy number",
        Layer.StructuralVariants => "structural variants",
        Layer.Pharmacogenomics => "pharmacogenomics",
        Layer.Hrd => "HRD",
        Layer.Hla => "HLA typing",
        _ => layer.ToString().ToLowerInvariant(),
    };

    private State StateOf(Layer layer)
    {
        if (!layers.TryGetValue(layer, out var state))
        {
            layers[layer] = state = new State();
        }

        return state;
    }

    private sealed class State
    {
        public bool Declared { get; set; }

        public string? PanelId { get; set; }

        public IReadOnlySet<string>? Genes { get; set; }

        public HashSet<string>? Measured { get; set; }

        public string? NotProfiledBecause { get; set; }
    }
}
