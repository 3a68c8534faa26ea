using OmicsReports.Domain.Cases;

namespace OmicsReports.Domain.Knowledge.Matching;

/// <summary>
/// A case's findings looked up by gene, built once per distillation so that each rule costs a dictionary lookup
/// rather than a scan of every variant. Only variants that passed the caller's filters and carry a gene take part.
/// </summary>
public sealed class CaseIndex
{
    private static readonly IReadOnlyList<SmallVariant> NoVariants = [];
    private static readonly IReadOnlyList<CopyNumberAlteration> NoCopyNumbers = [];
    private static readonly IReadOnlyList<StructuralVariant> NoStructuralVariants = [];
    private static readonly IReadOnlyList<ProteinMarker> NoProteins = [];

    private readonly Dictionary<string, List<SmallVariant>> variants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<CopyNumberAlteration>> copyNumbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<StructuralVariant>> structuralVariants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ExpressionValue> expression = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ProteinMarker>> proteins = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, PharmacogenomicResult> pharmacogenomics = new(StringComparer.Ordinal);

    public CaseIndex(OmicsCase omicsCase, QcPolicy? qc = null)
    {
        ArgumentNullException.ThrowIfNull(omicsCase);
        Case = omicsCase;
        NegativeCaveat = NegativeEvidence.Caveat(omicsCase.Specimen, qc ?? QcPolicy.Default);
        foreach (var variant in omicsCase.Variants)
        {
            if (variant.Gene is { } gene && variant.Passed)
            {
                Add(variants, gene, variant);
            }
        }

        foreach (var cna in omicsCase.CopyNumbers)
        {
            Add(copyNumbers, cna.Gene, cna);
        }

        foreach (var sv in omicsCase.StructuralVariants)
        {
            Add(structuralVariants, sv.GeneA, sv);
            if (sv.GeneB is { } geneB && geneB != sv.GeneA)
            {
                Add(structuralVariants, geneB, sv);
            }
        }

        foreach (var value in omicsCase.Expression)
        {
            expression.TryAdd(value.Gene, value);
        }

        foreach (var marker in omicsCase.Proteins)
        {
            Add(proteins, marker.Marker, marker);
        }

        foreach (var result in omicsCase.Pharmacogenomics)
        {
            pharmacogenomics.TryAdd(result.Gene, result);
        }
    }

    public OmicsCase Case { get; }

    public Profiling Profiling => Case.Profiling;

    /// <summary>Why this specimen cannot carry a negative inference (failed QC); null when it can.</summary>
    public string? NegativeCaveat { get; }

    public IReadOnlyList<SmallVariant> VariantsOf(string gene) =>
        variants.TryGetValue(gene, out var list) ? list : NoVariants;

    public IReadOnlyList<CopyNumberAlteration> CopyNumbersOf(string gene) =>
        copyNumbers.TryGetValue(gene, out var list) ? list : NoCopyNumbers;

    /// <summary>Structural variants with the gene in either column.</summary>
    public IReadOnlyList<StructuralVariant> StructuralVariantsOf(string gene) =>
        structuralVariants.TryGetValue(gene, out var list) ? list : NoStructuralVariants;

    public ExpressionValue? ExpressionOf(string gene) => expression.GetValueOrDefault(gene);

    public IReadOnlyList<ProteinMarker> ProteinsOf(string marker) =>
        proteins.TryGetValue(marker, out var list) ? list : NoProteins;

    public PharmacogenomicResult? PharmacogenomicsOf(string gene) => pharmacogenomics.GetValueOrDefault(gene);

    private static void Add<T>(Dictionary<string, List<T>> index, string key, T item)
    {
        if (!index.TryGetValue(key, out var list))
        {
            list = [];
            index[key] = list;
        }

        list.Add(item);
    }
}
