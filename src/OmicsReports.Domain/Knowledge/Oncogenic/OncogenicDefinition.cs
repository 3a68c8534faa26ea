using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;
using OmicsReports.Domain.Knowledge.Criteria;
using OmicsReports.Domain.Knowledge.Matching;
using OmicsReports.Domain.Reports;

namespace OmicsReports.Domain.Knowledge;

/// <summary>
/// What "oncogenic" means without OncoKB, every part cited: (1) a recurrent hotspot (curated entries and hotspot
/// tables such as Cancer Hotspots); (2) a truncating or canonical splice-site variant in a tumour suppressor gene;
/// (3) a homozygous (deep) deletion of a tumour suppressor gene. Gene roles are data with a source. Anything else is
/// a variant of uncertain significance until a curator or a cited table says otherwise.
/// </summary>
public sealed class OncogenicDefinition
{
    private static readonly Reference KnowledgeBaseList = new("knowledge-base", string.Empty, "tumour-suppressor list of the knowledge base");
    private readonly Dictionary<string, GeneRoleEntry> suppressors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Hotspot>> hotspotsByGene;

    public OncogenicDefinition(IReadOnlyList<GeneRoleEntry> roles, IReadOnlyList<Hotspot> hotspots)
    {
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(hotspots);
        Roles = roles;
        Hotspots = hotspots;
        foreach (var entry in roles.Where(r => r.Role == GeneRole.TumourSuppressor))
        {
            suppressors.TryAdd(entry.Gene, entry);
        }

        TumorSuppressors = [.. suppressors.Keys.Order(StringComparer.Ordinal)];
        hotspotsByGene = hotspots.GroupBy(h => h.Gene, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    /// <summary>A definition from bare tumour-suppressor symbols (tests and older callers).</summary>
    public OncogenicDefinition(IReadOnlyList<string> tumorSuppressors, IReadOnlyList<Hotspot> hotspots)
        : this([.. (tumorSuppressors ?? throw new ArgumentNullException(nameof(tumorSuppressors))).Select(g => new GeneRoleEntry(g, GeneRole.TumourSuppressor, KnowledgeBaseList))], hotspots)
    {
    }

    public static OncogenicDefinition Empty { get; } = new(Array.Empty<GeneRoleEntry>(), []);

    /// <summary>Every gene role the knowledge base holds, tumour suppressors and oncogenes, with sources.</summary>
    public IReadOnlyList<GeneRoleEntry> Roles { get; }

    /// <summary>Genes whose role is tumour suppressor, ordered.</summary>
    public IReadOnlyList<string> TumorSuppressors { get; }

    public IReadOnlyList<Hotspot> Hotspots { get; }

    public bool IsTumorSuppressor(string gene) => suppressors.ContainsKey(gene);

    /// <summary>The hotspot entry a protein change matches, or null.</summary>
    public Hotspot? FindHotspot(string gene, ProteinChange protein)
    {
        ArgumentNullException.ThrowIfNull(protein);
        return hotspotsByGene.TryGetValue(gene, out var list) ? list.FirstOrDefault(h => HotspotMatching.Matches(h, protein)) : null;
    }

    /// <summary>Why the variant counts as oncogenic, or null when nothing applies (a VUS).</summary>
    public OncogenicBasis? Classify(string gene, SmallVariant variant)
    {
        ArgumentNullException.ThrowIfNull(variant);
        if (hotspotsByGene.TryGetValue(gene, out var list) && list.FirstOrDefault(h => HotspotMatching.Matches(h, variant)) is { } hotspot)
        {
            return new OncogenicBasis(OncogenicReason.Hotspot, HotspotMatching.Describe(hotspot), hotspot.Source);
        }

        if (!suppressors.TryGetValue(gene, out var role) || !VariantClasses.Is(variant, ConsequenceClass.Truncating))
        {
            return null;
        }

        return VariantClasses.Is(variant, ConsequenceClass.SpliceSite)
            ? new OncogenicBasis(OncogenicReason.SpliceSiteInTumourSuppressor, $"canonical splice-site variant in {gene}, a tumour suppressor gene", role.Source)
            : new OncogenicBasis(OncogenicReason.TruncatingInTumourSuppressor, $"truncating variant in {gene}, a tumour suppressor gene", role.Source);
    }

    /// <summary>A homozygous (deep) deletion of a tumour suppressor gene counts as oncogenic; nothing else in copy number.</summary>
    public OncogenicBasis? Classify(CopyNumberAlteration copyNumber)
    {
        ArgumentNullException.ThrowIfNull(copyNumber);
        return copyNumber.Call == CopyNumberCall.DeepDeletion && suppressors.TryGetValue(copyNumber.Gene, out var role)
            ? new OncogenicBasis(OncogenicReason.HomozygousDeletionOfTumourSuppressor, $"homozygous deletion of {copyNumber.Gene}, a tumour suppressor gene", role.Source)
            : null;
    }

    /// <summary>Either kind of finding; null for other findings.</summary>
    public OncogenicBasis? Classify(Finding finding) => finding switch
    {
        SmallVariant { Gene: { } gene } v => Classify(gene, v),
        CopyNumberAlteration c => Classify(c),
        _ => null,
    };
}
