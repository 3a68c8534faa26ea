namespace OmicsReports.Domain.Harmonization;

/// <summary>The kinds of protein-level change that rules distinguish.</summary>
public enum ProteinChangeKind
{
    Unknown,
    Substitution,
    Nonsense,
    Silent,
    Frameshift,
    Deletion,
    Insertion,
    DeletionInsertion,
    Duplication,
    StartLoss,
    Extension,
    Splice,
}

/// <summary>
/// A protein change in one canonical form: one-letter amino-acid codes, no "p." and no parentheses
/// (<see cref="ShortForm"/> "V600E", "E746_A750del", "X1010_splice"), with the positions rules need.
/// </summary>
/// <param name="Kind">What kind of change it is.</param>
/// <param name="ReferenceAminoAcid">The first reference residue in one-letter code ("*" for stop), if known.</param>
/// <param name="Start">First affected codon.</param>
/// <param name="End">Last affected codon for ranges, else equal to <paramref name="Start"/>.</param>
/// <param name="Alternate">The new residue(s) for substitutions, insertions and delins; "*" for nonsense.</param>
/// <param name="ShortForm">The canonical text without "p.".</param>
public sealed record ProteinChange(
    ProteinChangeKind Kind,
    string? ReferenceAminoAcid,
    int Start,
    int End,
    string? Alternate,
    string ShortForm)
{
    /// <summary>"p.V600E".</summary>
    public string Hgvs => "p." + ShortForm;

    public bool Covers(int codon) => codon >= Start && codon <= End;

    /// <summary>True for changes that truncate the protein: nonsense, frameshift, start loss, splice.</summary>
    public bool IsTruncating => Kind is ProteinChangeKind.Nonsense or ProteinChangeKind.Frameshift
        or ProteinChangeKind.StartLoss or ProteinChangeKind.Splice;

    public override string ToString() => Hgvs;
}
