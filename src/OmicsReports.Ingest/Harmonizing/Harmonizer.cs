using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;

namespace OmicsReports.Ingest.Harmonizing;

/// <summary>A gene name after harmonization: the symbol to use, the note when it changed, and whether it is known.</summary>
public readonly record struct GeneName(string Symbol, HarmonizationNote? Note, bool Known);

/// <summary>
/// The one door through which readers harmonize values: gene symbols, protein changes, consequences, tumour types and
/// biomarker words. Readers call only this facade, so the vocabularies behind it (Domain/Harmonization) can change
/// without touching any reader. Thread-safe; caches gene look-ups because large files repeat few names.
/// </summary>
[SuppressMessage("Performance", "CA1822:Mark members as static", Justification =
    "Instance API on purpose: the OncoTree, consequence and biomarker vocabularies become loaded data behind it.")]
public sealed class Harmonizer
{
    private readonly GeneCatalog? catalog;
    private readonly ConcurrentDictionary<string, GeneName> geneCache = new(StringComparer.Ordinal);

    /// <param name="catalog">The gene table; null accepts every symbol as given (no "unknown gene" warnings).</param>
    public Harmonizer(GeneCatalog? catalog = null)
    {
        this.catalog = catalog;
    }

    /// <summary>Accepts symbols as given: used until a gene table is loaded.</summary>
    public static Harmonizer PassThrough { get; } = new();

    public bool HasGeneTable => catalog is not null;

    /// <summary>Resolves a gene symbol (or Entrez ID when the symbol is empty or unknown) to the current HGNC symbol.</summary>
    public GeneName Gene(string symbol, long? entrezId = null)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        if (entrezId is null && geneCache.TryGetValue(symbol, out var cached))
        {
            return cached;
        }

        var resolved = Resolve(symbol.Trim(), entrezId);
        if (entrezId is null)
        {
            geneCache.TryAdd(symbol, resolved);
        }

        return resolved;
    }

    /// <summary>Parses a protein change in any common spelling; null when empty or unreadable.</summary>
    public ProteinParse Protein(string? text) => InterimProteinParser.Parse(text);

    /// <summary>Maps a MAF Variant_Classification or a VEP/Sequence Ontology term to the closed consequence set.</summary>
    public VariantConsequence Consequence(string? term) => InterimVocabulary.Consequence(term);

    /// <summary>Checks an OncoTree code; unknown or retired codes come back with a warning text.</summary>
    public TumorTypeResolution TumorType(string code, string? name = null) => InterimVocabulary.TumorType(code, name);

    /// <summary>MSI wording (MSI-H, Instable, MSI-High, MSS...) to one status; null for unknown wording.</summary>
    public MsiStatus? Msi(string? text) => InterimVocabulary.Msi(text);

    /// <summary>A copy-number call written as -2..2 or as a word (Amplification, Gain, Loss, Deletion).</summary>
    public CopyNumberCall? CopyNumber(string? text) => InterimVocabulary.CopyNumber(text);

    private GeneName Resolve(string symbol, long? entrezId)
    {
        if (catalog is null)
        {
            return new GeneName(string.Intern(symbol), null, Known: true);
        }

        var resolution = catalog.Resolve(symbol, entrezId);
        return resolution.Symbol is { } current
            ? new GeneName(current, resolution.Note, Known: true)
            : new GeneName(string.Intern(symbol), null, Known: false);
    }
}

/// <summary>A parsed protein change and, when the spelling changed, the note saying how it was reported.</summary>
public readonly record struct ProteinParse(ProteinChange? Change, HarmonizationNote? Note);

/// <summary>A tumour type as the case will hold it, with a warning when the code is retired or unknown.</summary>
public readonly record struct TumorTypeResolution(TumorType? TumorType, string? Warning);
