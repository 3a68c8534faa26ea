using OmicsReports.Domain.Harmonization;

namespace OmicsReports.Domain.Knowledge;

/// <summary>
/// What the rules engine needs of the OncoTree: whether a code exists, its name, and whether it lies within another
/// (itself included). A narrow interface so that rules can be tested with any tree.
/// </summary>
public interface ITumorTypeHierarchy
{
    bool Contains(string code);

    /// <summary>True when <paramref name="code"/> is <paramref name="ancestor"/> or lies beneath it.</summary>
    bool IsWithin(string code, string ancestor);

    string? NameOf(string code);
}

/// <summary>
/// The shipped OncoTree release as the engine's hierarchy. Retired codes in a case (e.g. GBM from older files)
/// resolve to their current node for scope matching, as <see cref="OncoTree.IsWithin"/> does; rule files must use
/// current codes, which <see cref="Contains"/> checks.
/// </summary>
public sealed class OncoTreeHierarchy(OncoTree tree) : ITumorTypeHierarchy
{
    public OncoTree Tree => tree;

    public bool Contains(string code) => tree.Find(code) is not null;

    public bool IsWithin(string code, string ancestor) => tree.IsWithin(code, ancestor);

    public string? NameOf(string code) => tree.Resolve(code).Type?.Name;
}
