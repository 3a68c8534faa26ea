using OmicsReports.Domain.Cases;

namespace OmicsReports.Domain.Harmonization;

/// <summary>
/// One OncoTree node. The root ("TISSUE", level 0) has no parent, main type or tissue; tissues are level 1.
/// </summary>
public sealed record TumorTypeNode(string Code, string Name, string? MainType, string? Tissue, string? ParentCode, int Level)
{
    public TumorType ToTumorType() => new(Code, Name);
}

/// <summary>How a retired code relates to the current node(s) that list it, in OncoTree's own history model.</summary>
public enum OncoTreeRelation
{
    /// <summary>"history": an earlier code for the same set of cases (a synonym).</summary>
    History,

    /// <summary>"precursors": the old code became part of the current node's meaning.</summary>
    Precursor,

    /// <summary>"revocations": the current node was part of the old code's meaning; the old code was withdrawn.</summary>
    Revocation,
}

/// <summary>A code that the shipped release no longer has, with the current codes OncoTree relates it to.</summary>
/// <param name="Basis">Where the mapping comes from, in words (fields and releases compared).</param>
public sealed record RetiredOncoTreeCode(
    string Code, IReadOnlyList<string> CurrentCodes, IReadOnlyList<OncoTreeRelation> Relations, string Basis);

public enum OncoTreeMatch
{
    /// <summary>A code of the shipped release.</summary>
    Current,

    /// <summary>An earlier synonym of a current code ("history").</summary>
    Renamed,

    /// <summary>A retired code that OncoTree relates to exactly one current code.</summary>
    Retired,

    /// <summary>A retired code split into several current codes; resolved to their nearest common ancestor.</summary>
    RetiredAmbiguous,

    /// <summary>A retired code that no current code relates to, or a code OncoTree never had.</summary>
    Unknown,
}

/// <summary>The outcome of resolving a tumour-type code; <see cref="Note"/> says what changed.</summary>
/// <param name="Candidates">For a split code, every current code it was split into.</param>
public sealed record TumorTypeResolution(string Input, TumorTypeNode? Type, OncoTreeMatch Match, IReadOnlyList<string> Candidates)
{
    public const string Field = "tumour type";

    public bool IsKnown => Type is not null;

    public HarmonizationNote? Note => Type is null ? null : Match switch
    {
        OncoTreeMatch.Current when !string.Equals(Input, Type.Code, StringComparison.Ordinal) =>
            new HarmonizationNote(Field, Input, Type.Code, "OncoTree code case normalised"),
        OncoTreeMatch.Renamed => new HarmonizationNote(Field, Input, Type.Code, "renamed OncoTree code"),
        OncoTreeMatch.Retired => new HarmonizationNote(Field, Input, Type.Code, "retired OncoTree code"),
        OncoTreeMatch.RetiredAmbiguous => new HarmonizationNote(Field, Input, Type.Code,
            $"retired OncoTree code, split into {string.Join(", ", Candidates)}; their common ancestor is used"),
        _ => null,
    };
}
