using OmicsReports.Domain.Harmonization;
using OmicsReports.Domain.Reports;

namespace OmicsReports.Domain.Knowledge;

/// <summary>A change the knowledge base lists as oncogenic: an exact protein change, or any substitution at a codon.</summary>
/// <param name="Change">Canonical one-letter change ("V600E"); null when the whole codon counts.</param>
public sealed record Hotspot(string Gene, int Codon, string? Change, Reference Source);

/// <summary>
/// What "oncogenic or truncating" means without OncoKB: (1) a truncating variant in a gene the knowledge base lists
/// as a tumour suppressor, with a citation; or (2) a change on the curated hotspot list, each with a citation. Nothing
/// else counts: a missense change elsewhere stays a variant of uncertain significance until a curator lists it.
/// </summary>
public sealed class OncogenicDefinition
{
    private readonly HashSet<string> suppressors;
    private readonly Dictionary<string, List<Hotspot>> hotspotsByGene;

    public OncogenicDefinition(IReadOnlyList<string> tumorSuppressors, IReadOnlyList<Hotspot> hotspots)
    {
        ArgumentNullException.ThrowIfNull(tumorSuppressors);
        ArgumentNullException.ThrowIfNull(hotspots);
        TumorSuppressors = tumorSuppressors;
        Hotspots = hotspots;
        suppressors = new HashSet<string>(tumorSuppressors, StringComparer.Ordinal);
        hotspotsByGene = hotspots.GroupBy(h => h.Gene, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    public static OncogenicDefinition Empty { get; } = new([], []);

    public IReadOnlyList<string> TumorSuppressors { get; }

    public IReadOnlyList<Hotspot> Hotspots { get; }

    public bool IsTumorSuppressor(string gene) => suppressors.Contains(gene);

    /// <summary>The hotspot entry a protein change matches, or null.</summary>
    public Hotspot? FindHotspot(string gene, ProteinChange protein)
    {
        ArgumentNullException.ThrowIfNull(protein);
        if (!hotspotsByGene.TryGetValue(gene, out var list))
        {
            return null;
        }

        foreach (var hotspot in list)
        {
            var matches = hotspot.Change is null
                ? protein.Kind == ProteinChangeKind.Substitution && protein.Start == hotspot.Codon
                : string.Equals(protein.ShortForm, hotspot.Change, StringComparison.Ordinal);
            if (matches)
            {
                return hotspot;
            }
        }

        return null;
    }
}
