using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;
using OmicsReports.Domain.Harmonization.Transcripts;
using OmicsReports.Ingest.Reference;

namespace OmicsReports.Ingest.Harmonizing;

/// <summary>A gene name after harmonization: the symbol to use, the note when it changed, and whether it is known.</summary>
public readonly record struct GeneName(string Symbol, HarmonizationNote? Note, bool Known);

/// <summary>
/// The one door through which readers harmonize values: gene symbols (the shipped gene table), protein changes
/// (<see cref="ProteinNotation"/>), consequences (<see cref="ConsequenceVocabulary"/>), tumour types
/// (<see cref="OncoTree"/>) and biomarker words (<see cref="BiomarkerVocabulary"/>). Readers call only this facade.
/// Thread-safe; caches gene look-ups because large files repeat few names.
/// </summary>
[SuppressMessage("Performance", "CA1822:Mark members as static", Justification =
    "Readers reach every vocabulary through the session's instance, so any of them can become loaded data.")]
public sealed class Harmonizer
{
    private readonly GeneCatalog? catalog;
    private readonly OncoTree? oncoTree;
    private readonly VariantLocator locator;
    private readonly ConcurrentDictionary<string, GeneName> geneCache = new(StringComparer.Ordinal);

    /// <param name="catalog">The gene table; null accepts every symbol as given (no "unknown gene" warnings).</param>
    /// <param name="oncoTree">The tumour-type tree; null accepts any upper-case code without checking it.</param>
    /// <param name="transcripts">Transcripts with their exons; null derives splice sites and frames but no exons.</param>
    public Harmonizer(GeneCatalog? catalog = null, OncoTree? oncoTree = null, TranscriptCatalog? transcripts = null)
    {
        this.catalog = catalog;
        this.oncoTree = oncoTree;
        locator = new VariantLocator(transcripts ?? TranscriptCatalog.Empty);
    }

    /// <summary>Accepts symbols and codes as given: for tests of readers that are not about harmonization.</summary>
    public static Harmonizer PassThrough { get; } = new();

    /// <summary>The harmonizer of a deployment, from the tables in knowledge/reference.</summary>
    public static Harmonizer From(ReferenceData reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return new Harmonizer(reference.Genes, reference.OncoTree, reference.Transcripts);
    }

    public bool HasGeneTable => catalog is not null;

    /// <summary>How many genes the table knows, for messages about unknown symbols.</summary>
    public int GeneCount => catalog?.Genes.Count ?? 0;

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

    /// <summary>The warning text for a symbol the gene table does not hold.</summary>
    public string UnknownGeneMessage(string symbol) =>
        $"Gene '{symbol}' is not in the gene table ({GeneCount} genes with their previous symbols and aliases); it is kept as written.";

    /// <summary>
    /// Derives exon or intron, splice site and frame from the variant's c. and p. notation on the transcript the file
    /// names (else the MANE Select, then the table's alternates); the variant unchanged when nothing can be derived.
    /// </summary>
    public SmallVariant Locate(SmallVariant variant) => locator.Locate(variant);

    /// <summary>Parses a protein change in any common spelling; an empty result when empty or unreadable.</summary>
    public ProteinParse Protein(string? text) =>
        FastProtein.TryParse(text) is { } quick ? quick
        : ProteinNotation.TryParse(text, out var change, out var note) ? new ProteinParse(change, note) : default;

    /// <summary>
    /// A MAF Variant_Classification or Sequence Ontology term(s) to the closed consequence set; null for unknown
    /// words (the caller warns). The alleles tell a frameshift deletion from an insertion.
    /// </summary>
    public VariantConsequence? Consequence(string? term, string? reference = null, string? alternate = null) =>
        string.IsNullOrWhiteSpace(term) ? null
        : ConsequenceVocabulary.FromMafClassification(term) ?? ConsequenceVocabulary.FromSequenceOntology(term, reference, alternate);

    /// <summary>Checks an OncoTree code; retired, renamed or unknown codes come back with a warning text.</summary>
    public TumorTypeLookup TumorType(string code, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (oncoTree is null)
        {
            return InterimVocabulary.TumorType(code, name);
        }

        var resolution = oncoTree.Resolve(code);
        if (resolution.Type is null)
        {
            return new TumorTypeLookup(null, $"'{code.Trim()}' is not a code of OncoTree {oncoTree.Version}; the tumour type was left open.", Retired: false);
        }

        var note = resolution.Note;
        return note is null || resolution.Match == OncoTreeMatch.Current
            ? new TumorTypeLookup(resolution.Type.ToTumorType(), null, Retired: false)
            : new TumorTypeLookup(resolution.Type.ToTumorType(), $"{note}; now {resolution.Type.Code}, {resolution.Type.Name} (OncoTree {oncoTree.Version}).", Retired: true);
    }

    /// <summary>MSI wording or a LOINC answer code (LA14122-8...) with the note of what was changed.</summary>
    public MsiReading? MsiReading(string? text) => BiomarkerVocabulary.Msi(text);

    /// <summary>A PD-L1 result ("5% tumor proportion score", "TPS 60%", "positive").</summary>
    public PdL1Reading? PdL1(string? text, string? scoringSystem = null) => BiomarkerVocabulary.PdL1(text, scoringSystem);

    /// <summary>HER2 IHC wording ("2+", "3+ (4B5)", "0 (ultralow)", "&gt;0 &lt;1+") with the ISH result when given.</summary>
    public Her2Reading? Her2(string? text) => BiomarkerVocabulary.Her2(text);

    /// <summary>The scoring convention of a protein marker known by any of its names (CLDN18.2, FOLR1, c-Met, ER, PR), or null.</summary>
    public IhcMarkerDefinition? IhcMarker(string? name) => IhcMarkers.Find(name);

    /// <summary>A percentage-scored IHC result of such a marker ("80%", "PS2+ 80%", "3+ 60%", "positive").</summary>
    public IhcReading? Ihc(string marker, string? text, string? scoringSystem = null) => BiomarkerVocabulary.Ihc(marker, text, scoringSystem);

    /// <summary>An HRD call in its usual wordings (positive, HRD-positive, deficient, proficient, indeterminate).</summary>
    public HrdStatus? Hrd(string? text) => BiomarkerVocabulary.Hrd(text);

    /// <summary>An HLA allele in WHO nomenclature ("HLA-A*02:01", "A*02:01:01", "A*0201"), or null.</summary>
    public HlaAllele? HlaAllele(string? text) => Domain.Harmonization.HlaAllele.Parse(text);

    /// <summary>A pharmacogenomic phenotype in CPIC's standard wording; null for wording CPIC does not use.</summary>
    public PhenotypeReading? Phenotype(string? text, string? gene = null) => BiomarkerVocabulary.Phenotype(text, gene);

    /// <summary>True for "No Result", "n/a" and other words for a genotype that could not be called.</summary>
    public bool IsNoResult(string? text) => BiomarkerVocabulary.IsNoResult(text);

    /// <summary>MSI wording (MSI-H, Instable, MSI-High, MSS...) to one status; null for unknown wording.</summary>
    public MsiReading? Msi(string? text) => BiomarkerVocabulary.Msi(text);

    /// <summary>TMB with its unit to mut/Mb; null when it cannot be converted.</summary>
    public TmbReading? Tmb(string? value, string? unit = null) => BiomarkerVocabulary.Tmb(value, unit);

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

/// <summary>A tumour type as the case will hold it, with a warning when the code was retired, renamed or unknown.</summary>
public readonly record struct TumorTypeLookup(TumorType? TumorType, string? Warning, bool Retired);
