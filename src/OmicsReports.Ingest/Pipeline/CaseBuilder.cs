using OmicsReports.Domain.Cases;

namespace OmicsReports.Ingest.Pipeline;

/// <summary>
/// Collects one sample's findings from every file of an import and builds the <see cref="OmicsCase"/>. Values that
/// can only exist once (tumour type, TMB, MSI, one call per gene) keep the first value; a different second value
/// becomes a "conflicting duplicate" warning naming both places. Not thread-safe: one reader at a time.
/// </summary>
public sealed partial class CaseBuilder
{
    private readonly List<SmallVariant> variants = [];
    private readonly Dictionary<(string?, string?, long?, string?, string?, string?, string?), int> variantIndex = [];
    private readonly Dictionary<string, SourceLocation> genomeBuilds = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, CopyNumberAlteration> copyNumbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> log2Ratios = new(StringComparer.Ordinal);
    private readonly List<CopyNumberSegment> segments = [];
    private readonly List<StructuralVariant> structuralVariants = [];
    private readonly Dictionary<string, ExpressionValue> expression = new(StringComparer.Ordinal);
    private readonly List<ProteinMarker> proteins = [];
    private readonly Dictionary<string, PharmacogenomicResult> pharmacogenomics = new(StringComparer.Ordinal);
    private readonly List<ReportedImplication> reportedImplications = [];
    private readonly List<ImportProblem> warnings = [];
    private readonly List<SourceFile> sources = [];
    private readonly CoverageBuilder coverage = new();

    internal CaseBuilder(string sampleId)
    {
        SampleId = sampleId;
        Specimen = new Specimen { SampleId = sampleId };
    }

    public string SampleId { get; }

    /// <summary>The patient's identifier and attributes; defaults to a patient named after the sample.</summary>
    public Patient? Patient { get; set; }

    /// <summary>Where <see cref="Patient"/> came from, when a file named it (for identity conflicts).</summary>
    public SourceLocation? PatientSource { get; set; }

    public Specimen Specimen { get; set; }

    public TumorType? TumorType { get; private set; }

    public TumorMutationalBurden? Tmb { get; private set; }

    public MicrosatelliteInstability? Msi { get; private set; }

    /// <summary>Where the tumour type came from, for the conflict message.</summary>
    private SourceLocation? tumorTypeSource;

    public IReadOnlyList<SmallVariant> Variants => variants;

    public IReadOnlyList<ProteinMarker> Proteins => proteins;

    public IReadOnlyList<StructuralVariant> StructuralVariants => structuralVariants;

    public IReadOnlyList<CopyNumberSegment> Segments => segments;

    /// <summary>Removes findings that failed the final checks (under --skip-invalid, which lists them as skipped rows).</summary>
    internal void Drop(IReadOnlySet<Finding> findings)
    {
        variants.RemoveAll(findings.Contains);
        variantIndex.Clear();
        proteins.RemoveAll(findings.Contains);
        structuralVariants.RemoveAll(findings.Contains);
        segments.RemoveAll(findings.Contains);
        Tmb = Tmb is not null && findings.Contains(Tmb) ? null : Tmb;
        Msi = Msi is not null && findings.Contains(Msi) ? null : Msi;
    }

    public CoverageBuilder Coverage => coverage;

    public void Warn(ImportProblem warning) => warnings.Add(warning);

    public void AddSource(SourceFile source)
    {
        if (sources.Count == 0 || !ReferenceEquals(sources[^1], source) && !sources.Contains(source))
        {
            sources.Add(source);
        }
    }

    /// <summary>True when data of <paramref name="source"/> reached this sample (a row or a column named it).</summary>
    public bool HasSource(SourceFile source) => sources.Contains(source);

    /// <summary>
    /// Adds a variant. The same variant twice (same gene, position, alleles and protein change) is kept once; when
    /// the copies disagree on read support it is a conflicting duplicate.
    /// </summary>
    public void AddVariant(SmallVariant variant)
    {
        ArgumentNullException.ThrowIfNull(variant);
        var key = (variant.Gene, variant.Chromosome, variant.Position, variant.Reference, variant.Alternate, variant.Protein?.ShortForm, variant.HgvsC);
        if (!variantIndex.TryAdd(key, variants.Count))
        {
            var first = variants[variantIndex[key]];
            if (first.Vaf != variant.Vaf || first.Depth != variant.Depth)
            {
                Conflict(variant.Source, $"variant {variant.Label}", $"VAF {first.Vaf}, depth {first.Depth}", first.Source, $"VAF {variant.Vaf}, depth {variant.Depth}");
            }
            else
            {
                Warn(ImportProblem.Warning("duplicate-row", variant.Source.File, variant.Source.Line, variant.Source.Column,
                    $"Sample {SampleId}: variant {variant.Label} repeats {first.Source}; it is kept once."));
            }

            return;
        }

        variants.Add(variant);
    }

    /// <summary>The genome build a file states (MAF NCBI_Build, VCF ##reference); several builds in one case warn.</summary>
    public void NoteGenomeBuild(string build, SourceLocation where) => genomeBuilds.TryAdd(build, where);

    /// <summary>One call per gene; a second, different call for the same gene is a conflicting duplicate.</summary>
    public void AddCopyNumber(CopyNumberAlteration call)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (!copyNumbers.TryGetValue(call.Gene, out var existing))
        {
            copyNumbers[call.Gene] = call;
        }
        else if (existing.Call != call.Call)
        {
            Conflict(call.Source, $"copy-number call of {call.Gene}", existing.Call.ToString(), existing.Source, call.Call.ToString());
        }
        else if (existing.Log2Ratio is null && call.Log2Ratio is not null)
        {
            copyNumbers[call.Gene] = existing with { Log2Ratio = call.Log2Ratio };
        }
    }

    /// <summary>
    /// A gene-level log2 ratio. It annotates the discrete call of the gene (whichever file comes first); without a
    /// call it is not a finding, because no published cut-off turns a log2 ratio into a call for every assay.
    /// </summary>
    public void AddLog2Ratio(string gene, double log2) => log2Ratios.TryAdd(gene, log2);

    public void AddSegment(CopyNumberSegment segment) => segments.Add(segment);

    public void AddStructuralVariant(StructuralVariant variant) => structuralVariants.Add(variant);

    /// <summary>Merges a value and a z-score of the same gene (they usually come from two files) into one.</summary>
    public void AddExpression(ExpressionValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!expression.TryGetValue(value.Gene, out var existing))
        {
            expression[value.Gene] = value;
            return;
        }

        if ((existing.Value is not null && value.Value is not null && existing.Value != value.Value)
            || (existing.ZScore is not null && value.ZScore is not null && existing.ZScore != value.ZScore))
        {
            Conflict(value.Source, $"expression of {value.Gene}", $"{existing.Value}/{existing.ZScore}", existing.Source, $"{value.Value}/{value.ZScore}");
            return;
        }

        expression[value.Gene] = existing with
        {
            Value = existing.Value ?? value.Value,
            Unit = existing.Unit ?? value.Unit,
            ZScore = existing.ZScore ?? value.ZScore,
            ZScoreReference = existing.ZScoreReference ?? value.ZScoreReference,
        };
    }

    public void AddProtein(ProteinMarker marker) => proteins.Add(marker);

    public void AddPharmacogenomics(PharmacogenomicResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!pharmacogenomics.TryGetValue(result.Gene, out var existing))
        {
            pharmacogenomics[result.Gene] = result;
        }
        else if (existing.Diplotype != result.Diplotype || existing.Phenotype != result.Phenotype)
        {
            Conflict(result.Source, $"{result.Gene} genotype", existing.Diplotype, existing.Source, result.Diplotype);
        }
    }

    /// <summary>An implication the source report stated; kept as written, never treated as rule output.</summary>
    public void AddReportedImplication(ReportedImplication implication) => reportedImplications.Add(implication);

    /// <summary>True when the builder holds any finding (a sample named only by a clinical file holds none).</summary>
    public bool HasFindings => variants.Count + copyNumbers.Count + segments.Count + structuralVariants.Count
        + expression.Count + proteins.Count + pharmacogenomics.Count + reportedImplications.Count + hla.Count > 0 || Tmb is not null || Msi is not null || Hrd is not null;

    private void Conflict(SourceLocation at, string what, string first, SourceLocation firstAt, string second) =>
        Warn(ImportProblem.Warning("conflicting-duplicate", at.File, at.Line, at.Column,
            $"Sample {SampleId}: {what} is {second} here but {first} at {firstAt}; the first value is kept."));
}
