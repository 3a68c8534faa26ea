using OmicsReports.Domain.Cases;

namespace OmicsReports.Ingest.Pipeline;

/// <summary>
/// Collects one sample's findings from every file of an import and builds the <see cref="OmicsCase"/>. Values that
/// can only exist once (tumour type, TMB, MSI, one call per gene) keep the first value; a different second value
/// becomes a "conflicting duplicate" warning naming both places. Not thread-safe: one reader at a time.
/// </summary>
public sealed class CaseBuilder
{
    private readonly List<SmallVariant> variants = [];
    private readonly Dictionary<string, CopyNumberAlteration> copyNumbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> log2Ratios = new(StringComparer.Ordinal);
    private readonly List<CopyNumberSegment> segments = [];
    private readonly List<StructuralVariant> structuralVariants = [];
    private readonly Dictionary<string, ExpressionValue> expression = new(StringComparer.Ordinal);
    private readonly List<ProteinMarker> proteins = [];
    private readonly Dictionary<string, PharmacogenomicResult> pharmacogenomics = new(StringComparer.Ordinal);
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

    public Specimen Specimen { get; set; }

    public TumorType? TumorType { get; private set; }

    public TumorMutationalBurden? Tmb { get; private set; }

    public MicrosatelliteInstability? Msi { get; private set; }

    /// <summary>Where the tumour type came from, for the conflict message.</summary>
    private SourceLocation? tumorTypeSource;

    public IReadOnlyList<SmallVariant> Variants => variants;

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

    public void SetTumorType(TumorType tumorType, SourceLocation source)
    {
        ArgumentNullException.ThrowIfNull(tumorType);
        if (TumorType is null)
        {
            (TumorType, tumorTypeSource) = (tumorType, source);
        }
        else if (TumorType.Code != tumorType.Code)
        {
            Conflict(source, "tumour type", TumorType.Code, tumorTypeSource!, tumorType.Code);
        }
    }

    /// <summary>Replaces the tumour type (for <c>--tumor-type</c>), warning when a file said otherwise.</summary>
    public void OverrideTumorType(TumorType tumorType, string because)
    {
        if (TumorType is { } existing && existing.Code != tumorType.Code)
        {
            Warn(ImportProblem.Warning("tumor-type-overridden", tumorTypeSource!.File, tumorTypeSource.Line, tumorTypeSource.Column,
                $"Sample {SampleId}: tumour type {existing.Code} from the file was replaced by {tumorType.Code} ({because})."));
        }

        TumorType = tumorType;
    }

    public void SetTmb(TumorMutationalBurden tmb)
    {
        ArgumentNullException.ThrowIfNull(tmb);
        if (Tmb is null)
        {
            Tmb = tmb;
        }
        else if (Math.Abs(Tmb.MutationsPerMegabase - tmb.MutationsPerMegabase) > 1e-9)
        {
            Conflict(tmb.Source, "TMB", $"{Tmb.MutationsPerMegabase} mut/Mb", Tmb.Source, $"{tmb.MutationsPerMegabase} mut/Mb");
        }
    }

    public void SetMsi(MicrosatelliteInstability msi)
    {
        ArgumentNullException.ThrowIfNull(msi);
        if (Msi is null)
        {
            Msi = msi;
        }
        else if (Msi.Status != msi.Status || Msi.Score != msi.Score)
        {
            Conflict(msi.Source, "MSI", $"{Msi.Status} {Msi.Score}".Trim(), Msi.Source, $"{msi.Status} {msi.Score}".Trim());
        }
    }

    public void AddVariant(SmallVariant variant) => variants.Add(variant);

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

    /// <summary>True when the builder holds any finding (a sample named only by a clinical file holds none).</summary>
    public bool HasFindings => variants.Count + copyNumbers.Count + segments.Count + structuralVariants.Count
        + expression.Count + proteins.Count + pharmacogenomics.Count > 0 || Tmb is not null || Msi is not null;

    /// <summary>Moves everything this builder holds into <paramref name="target"/> (used for data that named no sample).</summary>
    public void MergeInto(CaseBuilder target)
    {
        ArgumentNullException.ThrowIfNull(target);
        variants.ForEach(target.AddVariant);
        foreach (var call in copyNumbers.Values)
        {
            target.AddCopyNumber(call);
        }

        foreach (var (gene, log2) in log2Ratios)
        {
            target.AddLog2Ratio(gene, log2);
        }

        segments.ForEach(target.AddSegment);
        structuralVariants.ForEach(target.AddStructuralVariant);
        foreach (var value in expression.Values)
        {
            target.AddExpression(value);
        }

        proteins.ForEach(target.AddProtein);
        foreach (var result in pharmacogenomics.Values)
        {
            target.AddPharmacogenomics(result);
        }

        if (Tmb is not null)
        {
            target.SetTmb(Tmb);
        }

        if (Msi is not null)
        {
            target.SetMsi(Msi);
        }

        if (TumorType is not null)
        {
            target.SetTumorType(TumorType, tumorTypeSource!);
        }

        target.Specimen = target.Specimen with
        {
            SampleType = target.Specimen.SampleType ?? Specimen.SampleType,
            TumorPurity = target.Specimen.TumorPurity ?? Specimen.TumorPurity,
            MeanCoverage = target.Specimen.MeanCoverage ?? Specimen.MeanCoverage,
            CollectedOn = target.Specimen.CollectedOn ?? Specimen.CollectedOn,
        };
        warnings.ForEach(target.Warn);
        sources.ForEach(target.AddSource);
        coverage.MergeInto(target.coverage);
    }

    public OmicsCase Build(IEnumerable<ImportProblem> importWarnings)
    {
        var findingsGenes = new Dictionary<Layer, IEnumerable<string>>
        {
            [Layer.SmallVariants] = variants.Where(v => v.Gene is not null).Select(v => v.Gene!),
            [Layer.CopyNumber] = copyNumbers.Keys,
            [Layer.StructuralVariants] = structuralVariants.SelectMany(s => s.GeneB is null ? [s.GeneA] : new[] { s.GeneA, s.GeneB }),
            [Layer.Expression] = expression.Keys,
            [Layer.Protein] = proteins.Select(p => p.Marker),
            [Layer.Pharmacogenomics] = pharmacogenomics.Keys,
        };
        var profiling = coverage.Build(SampleId, sources.FirstOrDefault()?.Name ?? SampleId, findingsGenes, Tmb is not null, Msi is not null, warnings);
        return new OmicsCase
        {
            Patient = Patient ?? new Patient { Id = SampleId },
            Specimen = Specimen,
            TumorType = TumorType,
            Profiling = profiling,
            Variants = [.. variants],
            CopyNumbers = [.. copyNumbers.Values.Select(c => c.Log2Ratio is null && log2Ratios.TryGetValue(c.Gene, out var l) ? c with { Log2Ratio = l } : c)],
            Segments = [.. segments],
            StructuralVariants = [.. structuralVariants],
            Tmb = Tmb,
            Msi = Msi,
            Expression = [.. expression.Values],
            Proteins = [.. proteins],
            Pharmacogenomics = [.. pharmacogenomics.Values],
            Warnings = [.. warnings, .. importWarnings],
            Sources = [.. sources],
        };
    }

    private void Conflict(SourceLocation at, string what, string first, SourceLocation firstAt, string second) =>
        Warn(ImportProblem.Warning("conflicting-duplicate", at.File, at.Line, at.Column,
            $"Sample {SampleId}: {what} is {second} here but {first} at {firstAt}; the first value is kept."));
}
