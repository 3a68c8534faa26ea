namespace OmicsReports.Domain.Knowledge;

/// <summary>
/// What the rules engine needs of the OncoTree: whether a code exists, its name, and whether it lies within another
/// (itself included). Implemented over the shipped OncoTree release.
/// </summary>
public interface ITumorTypeHierarchy
{
    bool Contains(string code);

    /// <summary>True when <paramref name="code"/> is <paramref name="ancestor"/> or lies beneath it.</summary>
    bool IsWithin(string code, string ancestor);

    string? NameOf(string code);
}

/// <summary>A tumour-type node: code, display name and parent code (null for the root).</summary>
public sealed record TumorTypeNode(string Code, string Name, string? Parent);

/// <summary>
/// An <see cref="ITumorTypeHierarchy"/> over a flat list of nodes with parent links. Codes compare
/// case-insensitively, as OncoTree codes are upper case but inputs are not always.
/// </summary>
public sealed class TumorTypeTree : ITumorTypeHierarchy
{
    private readonly Dictionary<string, TumorTypeNode> nodes;

    public TumorTypeTree(IEnumerable<TumorTypeNode> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        this.nodes = new Dictionary<string, TumorTypeNode>(StringComparer.OrdinalIgnoreCase);
        foreach (var node in nodes)
        {
            this.nodes[node.Code] = node;
        }
    }

    public int Count => nodes.Count;

    public bool Contains(string code) => nodes.ContainsKey(code);

    public string? NameOf(string code) => nodes.TryGetValue(code, out var node) ? node.Name : null;

    public bool IsWithin(string code, string ancestor)
    {
        // The walk is bounded by the depth of the tree (7 levels in OncoTree); a guard stops a malformed cycle.
        var current = code;
        for (var steps = 0; current is not null && steps <= nodes.Count; steps++)
        {
            if (string.Equals(current, ancestor, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            current = nodes.TryGetValue(current, out var node) ? node.Parent : null;
        }

        return false;
    }
}
