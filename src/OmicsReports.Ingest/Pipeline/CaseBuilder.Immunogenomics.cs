using OmicsReports.Domain.Cases;

namespace OmicsReports.Ingest.Pipeline;

/// <summary>HRD and HLA results: one HRD result per sample, one genotype per HLA locus.</summary>
public sealed partial class CaseBuilder
{
    private readonly Dictionary<string, HlaGenotype> hla = new(StringComparer.Ordinal);

    public HomologousRecombinationDeficiency? Hrd { get; private set; }

    /// <summary>
    /// The HRD result; HRD counts as assessed once a result arrives, because a status or score is whole-sample
    /// (like TMB). A different second result is a conflicting duplicate and the first is kept.
    /// </summary>
    public void SetHrd(HomologousRecombinationDeficiency hrd)
    {
        ArgumentNullException.ThrowIfNull(hrd);
        if (Hrd is null)
        {
            Hrd = hrd;
            coverage.Declare(Layer.Hrd, hrd.Assay, null);
        }
        else if (Hrd.Status != hrd.Status || Hrd.Score != hrd.Score)
        {
            Conflict(hrd.Source, "HRD", $"{Hrd.Status} {Hrd.Score}".Trim(), Hrd.Source, $"{hrd.Status} {hrd.Score}".Trim());
        }
    }

    /// <summary>An HLA genotype; the locus counts as typed. A second, different genotype of the same locus conflicts.</summary>
    public void AddHla(HlaGenotype genotype)
    {
        ArgumentNullException.ThrowIfNull(genotype);
        if (!hla.TryGetValue(genotype.Gene, out var existing))
        {
            hla[genotype.Gene] = genotype;
            coverage.Measured(Layer.Hla, genotype.Gene);
        }
        else if (!existing.Alleles.Order(StringComparer.Ordinal).SequenceEqual(genotype.Alleles.Order(StringComparer.Ordinal), StringComparer.Ordinal))
        {
            Conflict(genotype.Source, $"{genotype.Gene} genotype", string.Join("/", existing.Alleles), existing.Source, string.Join("/", genotype.Alleles));
        }
    }

    private void MergeImmunogenomicsInto(CaseBuilder target)
    {
        if (Hrd is not null)
        {
            target.SetHrd(Hrd);
        }

        foreach (var genotype in hla.Values)
        {
            target.AddHla(genotype);
        }
    }
}
