namespace OmicsReports.Domain.Harmonization.Transcripts;

/// <summary>The kinds of HGVS c. change.</summary>
public enum CodingChangeKind
{
    Substitution,
    Deletion,
    Duplication,
    Insertion,
    DeletionInsertion,
    Inversion,
    NoChange,
}

/// <summary>
/// A parsed HGVS coding-DNA change ("c.3028+1G>T", "c.2235_2249del", "c.1794_1799dup"), with the transcript accession
/// when the text carried one ("NM_000245.4:c.3028+1G>T"). Positions are in transcript order: <see cref="Start"/> is
/// never 3' of <see cref="End"/>.
/// </summary>
/// <param name="Accession">The transcript named before the colon, without a gene in parentheses; null when none.</param>
/// <param name="Inserted">Inserted bases for ins and delins, or null when the file gave only a count.</param>
/// <param name="InsertedLength">How many bases were inserted (ins, delins), 0 otherwise.</param>
/// <param name="Text">The change as "c.…" without the accession.</param>
public sealed record CodingChange(
    string? Accession,
    CodingPosition Start,
    CodingPosition End,
    CodingChangeKind Kind,
    string? Inserted,
    int InsertedLength,
    string Text)
{
    public bool IsRange => Start != End;

    /// <summary>True when both ends are coding bases without intronic offsets.</summary>
    public bool IsExonicCoding => Start.Region == CodingRegion.Coding && End.Region == CodingRegion.Coding
        && !Start.IsIntronic && !End.IsIntronic;

    /// <summary>Bases removed (del, delins) or copied (dup), when both ends are exonic coding bases; else null.</summary>
    public int? AffectedLength => IsExonicCoding && Kind != CodingChangeKind.Insertion && Kind != CodingChangeKind.Substitution
        ? End.Base - Start.Base + 1
        : null;

    /// <summary>Bases the change adds to the coding sequence (negative when it removes); null when not known.</summary>
    public int? NetLength => Kind switch
    {
        CodingChangeKind.Deletion => -AffectedLength,
        CodingChangeKind.Duplication => AffectedLength,
        CodingChangeKind.Insertion when IsExonicCoding => InsertedLength,
        CodingChangeKind.DeletionInsertion => InsertedLength - AffectedLength,
        CodingChangeKind.Substitution or CodingChangeKind.Inversion or CodingChangeKind.NoChange => 0,
        _ => null,
    };

    public override string ToString() => Accession is null ? Text : $"{Accession}:{Text}";
}
