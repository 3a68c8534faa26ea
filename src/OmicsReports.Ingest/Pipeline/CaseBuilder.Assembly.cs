using OmicsReports.Domain.Cases;

namespace OmicsReports.Ingest.Pipeline;

/// <summary>Merging data that named no sample, and building the finished case.</summary>
public sealed partial class CaseBuilder
{
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

        reportedImplications.ForEach(target.AddReportedImplication);
        if (priorTherapies is not null)
        {
            target.AddPriorTherapies(priorTherapies);
        }

        if (Tmb is not null)
        {
            target.SetTmb(Tmb);
        }

        if (Msi is not null)
        {
            target.SetMsi(Msi);
        }

        MergeImmunogenomicsInto(target);

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
        target.Patient ??= Patient;
        warnings.ForEach(target.Warn);
        foreach (var (build, where) in genomeBuilds)
        {
            target.NoteGenomeBuild(build, where);
        }

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
            Hrd = Hrd,
            Hla = [.. hla.Values.OrderBy(h => h.Gene, StringComparer.Ordinal)],
            ReportedImplications = [.. reportedImplications],
            PriorTherapies = priorTherapies is null ? null : [.. priorTherapies],
            Warnings = [.. warnings, .. BuildWarnings(), .. importWarnings],
            Sources = [.. sources],
        };
    }

    private IEnumerable<ImportProblem> BuildWarnings()
    {
        if (genomeBuilds.Count > 1)
        {
            var first = genomeBuilds.Values.First();
            yield return ImportProblem.Warning("mixed-genome-builds", first.File, first.Line, first.Column,
                $"Sample {SampleId}: variants come from several genome builds ({string.Join(", ", genomeBuilds.Keys)}); " +
                "the same variant may be listed once per build, with different coordinates.");
        }
    }
}
