using OmicsReports.Domain.Cases;

namespace OmicsReports.Domain.Harmonization;

/// <summary>One gene of the shipped table: the approved HGNC symbol and the names it has gone by.</summary>
public sealed record GeneRecord(
    string Symbol,
    string HgncId,
    long? EntrezId,
    IReadOnlyList<string> PreviousSymbols,
    IReadOnlyList<string> Aliases,
    string? Location);

/// <summary>How an input name was recognised.</summary>
public enum GeneMatch
{
    Current,
    PreviousSymbol,
    Alias,
    EntrezId,
    Unknown,
}

/// <summary>The outcome of resolving a gene name: the current symbol, or none for an unknown name.</summary>
public sealed record GeneResolution(string Input, string? Symbol, GeneMatch Match)
{
    public bool IsKnown => Symbol is not null;

    /// <summary>The note to attach to a finding when the name changed, e.g. "gene reported as HER2 (alias)".</summary>
    public HarmonizationNote? Note => Match switch
    {
        GeneMatch.PreviousSymbol => new HarmonizationNote("gene", Input, Symbol!, "previous HGNC symbol"),
        GeneMatch.Alias => new HarmonizationNote("gene", Input, Symbol!, "alias of the HGNC symbol"),
        GeneMatch.EntrezId => new HarmonizationNote("gene", Input, Symbol!, "resolved by Entrez Gene ID"),
        _ => null,
    };
}

/// <summary>
/// Resolves gene names to current HGNC symbols through previous symbols, aliases and Entrez IDs. Current symbols
/// win over previous symbols, which win over aliases; an alias shared by several genes is ambiguous and unresolved.
/// </summary>
public sealed class GeneCatalog
{
    private readonly Dictionary<string, GeneRecord> bySymbol = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string?> byPrevious = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string?> byAlias = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<long, string> byEntrez = [];

    public GeneCatalog(IEnumerable<GeneRecord> genes)
    {
        ArgumentNullException.ThrowIfNull(genes);
        foreach (var gene in genes)
        {
            bySymbol[gene.Symbol] = gene;
            if (gene.EntrezId is { } entrez)
            {
                byEntrez[entrez] = gene.Symbol;
            }
        }

        foreach (var gene in bySymbol.Values)
        {
            foreach (var previous in gene.PreviousSymbols)
            {
                AddUnlessAmbiguous(byPrevious, previous, gene.Symbol);
            }

            foreach (var alias in gene.Aliases)
            {
                AddUnlessAmbiguous(byAlias, alias, gene.Symbol);
            }
        }
    }

    public IReadOnlyCollection<GeneRecord> Genes => bySymbol.Values;

    public bool Contains(string symbol) => bySymbol.ContainsKey(symbol);

    public GeneRecord? Find(string symbol) => bySymbol.GetValueOrDefault(symbol);

    /// <summary>Resolves a symbol (or, failing that, an Entrez Gene ID) to the current HGNC symbol.</summary>
    public GeneResolution Resolve(string? name, long? entrezId = null)
    {
        var input = name?.Trim() ?? string.Empty;
        if (input.Length > 0)
        {
            if (bySymbol.TryGetValue(input, out var current))
            {
                return new GeneResolution(input, current.Symbol, GeneMatch.Current);
            }

            if (byPrevious.TryGetValue(input, out var renamed) && renamed is not null)
            {
                return new GeneResolution(input, renamed, GeneMatch.PreviousSymbol);
            }

            if (byAlias.TryGetValue(input, out var aliased) && aliased is not null)
            {
                return new GeneResolution(input, aliased, GeneMatch.Alias);
            }
        }

        if (entrezId is { } id && byEntrez.TryGetValue(id, out var fromEntrez))
        {
            return new GeneResolution(input.Length > 0 ? input : $"Entrez {id}", fromEntrez, GeneMatch.EntrezId);
        }

        return new GeneResolution(input, null, GeneMatch.Unknown);
    }

    private void AddUnlessAmbiguous(Dictionary<string, string?> index, string name, string symbol)
    {
        if (bySymbol.ContainsKey(name))
        {
            return; // a current symbol is never shadowed by another gene's old name
        }

        // Two genes claiming the same name make it ambiguous: record null so it resolves to nothing.
        index[name] = index.TryGetValue(name, out var existing) && existing != symbol ? null : symbol;
    }
}
