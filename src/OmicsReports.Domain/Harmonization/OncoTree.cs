namespace OmicsReports.Domain.Harmonization;

/// <summary>
/// The OncoTree tumour-type hierarchy of one release (e.g. "oncotree_2025_10_03"), with the retired codes of
/// earlier releases. Codes are matched exactly first, then ignoring case ("luad"); an exact earlier synonym such
/// as "SpCC" is recognised through the retired-code table.
/// </summary>
public sealed class OncoTree
{
    private readonly Dictionary<string, TumorTypeNode> byCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TumorTypeNode> byUpperCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, RetiredOncoTreeCode> retired = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RetiredOncoTreeCode> retiredIgnoringCase = new(StringComparer.OrdinalIgnoreCase);

    /// <exception cref="ArgumentException">A parent or mapped code is missing: the loader validates data first.</exception>
    public OncoTree(string version, IEnumerable<TumorTypeNode> nodes, IEnumerable<RetiredOncoTreeCode> retiredCodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(retiredCodes);
        Version = version;
        foreach (var node in nodes)
        {
            byCode.Add(node.Code, node);
            byUpperCode.TryAdd(node.Code, node);
        }

        foreach (var node in byCode.Values)
        {
            if (node.ParentCode is { } parent && !byCode.ContainsKey(parent))
            {
                throw new ArgumentException($"OncoTree node {node.Code} names parent {parent}, which is not in the tree.", nameof(nodes));
            }
        }

        foreach (var node in byCode.Values)
        {
            // Every walk up must reach a root; a cycle would make ancestor queries loop for ever.
            var steps = 0;
            for (var at = node; at.ParentCode is { } parent; at = byCode[parent])
            {
                if (++steps > byCode.Count)
                {
                    throw new ArgumentException($"OncoTree node {node.Code} is part of a parent cycle.", nameof(nodes));
                }
            }
        }

        foreach (var code in retiredCodes)
        {
            if (code.CurrentCodes.FirstOrDefault(c => !byCode.ContainsKey(c)) is { } missing)
            {
                throw new ArgumentException($"Retired OncoTree code {code.Code} maps to {missing}, which is not in the tree.", nameof(retiredCodes));
            }

            retired.Add(code.Code, code);
            retiredIgnoringCase.TryAdd(code.Code, code);
        }
    }

    /// <summary>The release name, e.g. "oncotree_2025_10_03".</summary>
    public string Version { get; }

    public IReadOnlyCollection<TumorTypeNode> Nodes => byCode.Values;

    public IReadOnlyCollection<RetiredOncoTreeCode> RetiredCodes => retired.Values;

    /// <summary>The node with this current code (exact, then ignoring case); retired codes are not found here.</summary>
    public TumorTypeNode? Find(string? code)
    {
        var key = code?.Trim();
        if (string.IsNullOrEmpty(key))
        {
            return null;
        }

        return byCode.TryGetValue(key, out var node) ? node : byUpperCode.GetValueOrDefault(key);
    }

    /// <summary>Parent first, up to and including the root; empty for the root or an unknown code.</summary>
    public IReadOnlyList<TumorTypeNode> Ancestors(string code)
    {
        var ancestors = new List<TumorTypeNode>();
        for (var node = Find(code); node?.ParentCode is { } parent; node = byCode[parent])
        {
            ancestors.Add(byCode[parent]);
        }

        return ancestors;
    }

    /// <summary>
    /// True when <paramref name="code"/> is <paramref name="ancestorCode"/> or lies beneath it (LUAD within NSCLC,
    /// within LUNG). Retired input codes are resolved first; unknown codes are within nothing.
    /// </summary>
    public bool IsWithin(string code, string ancestorCode)
    {
        var node = Resolve(code).Type;
        var ancestor = Find(ancestorCode);
        if (node is null || ancestor is null)
        {
            return false;
        }

        return node.Code == ancestor.Code || Ancestors(node.Code).Any(a => a.Code == ancestor.Code);
    }

    /// <summary>Maps a code as a file gave it to a current node, saying how (see <see cref="TumorTypeResolution.Note"/>).</summary>
    public TumorTypeResolution Resolve(string? code)
    {
        var input = code?.Trim() ?? string.Empty;
        if (input.Length == 0)
        {
            return new TumorTypeResolution(input, null, OncoTreeMatch.Unknown, []);
        }

        if (byCode.TryGetValue(input, out var exact))
        {
            return new TumorTypeResolution(input, exact, OncoTreeMatch.Current, []);
        }

        // An exact retired code ("SpCC", "aCML") before a case-insensitive current one, then the reverse.
        var old = retired.GetValueOrDefault(input);
        if (old is null && byUpperCode.TryGetValue(input, out var current))
        {
            return new TumorTypeResolution(input, current, OncoTreeMatch.Current, []);
        }

        old ??= retiredIgnoringCase.GetValueOrDefault(input);
        return old is null ? new TumorTypeResolution(input, null, OncoTreeMatch.Unknown, []) : FromRetired(input, old);
    }

    private TumorTypeResolution FromRetired(string input, RetiredOncoTreeCode old)
    {
        switch (old.CurrentCodes.Count)
        {
            case 0:
                return new TumorTypeResolution(input, null, OncoTreeMatch.Unknown, []);
            case 1:
                var match = old.Relations.All(r => r == OncoTreeRelation.History) ? OncoTreeMatch.Renamed : OncoTreeMatch.Retired;
                return new TumorTypeResolution(input, byCode[old.CurrentCodes[0]], match, old.CurrentCodes);
            default:
                var ancestor = CommonAncestor(old.CurrentCodes);
                return ancestor is null
                    ? new TumorTypeResolution(input, null, OncoTreeMatch.Unknown, old.CurrentCodes)
                    : new TumorTypeResolution(input, ancestor, OncoTreeMatch.RetiredAmbiguous, old.CurrentCodes);
        }
    }

    private TumorTypeNode? CommonAncestor(IReadOnlyList<string> codes)
    {
        // Walk up from the first code; the first node that contains every other code is the nearest common one.
        IEnumerable<TumorTypeNode> lineage = [byCode[codes[0]], .. Ancestors(codes[0])];
        return lineage.FirstOrDefault(candidate => codes.All(c => c == candidate.Code || Ancestors(c).Any(a => a.Code == candidate.Code)));
    }
}
