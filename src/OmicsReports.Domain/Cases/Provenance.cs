namespace OmicsReports.Domain.Cases;

/// <summary>Where a value came from: a file of the import, a 1-based line, and the column where it applies.</summary>
public sealed record SourceLocation(string File, int Line, int? Column = null)
{
    public override string ToString() => Column is { } column ? $"{File}:{Line}:{Column}" : $"{File}:{Line}";
}

/// <summary>
/// One change that harmonization made to a value, kept so the report can say "reported as HER2".
/// </summary>
/// <param name="Field">What was changed, e.g. "gene", "protein change", "tumour type", "TMB unit".</param>
/// <param name="Original">The value as the file gave it.</param>
/// <param name="Harmonized">The value OmicsReports uses.</param>
/// <param name="Reason">Why, e.g. "previous HGNC symbol", "three-letter amino-acid code".</param>
public sealed record HarmonizationNote(string Field, string Original, string Harmonized, string Reason)
{
    public override string ToString() => $"{Field} reported as {Original} ({Reason})";
}

/// <summary>Everything a finding carries besides its value: its source and what harmonization did to it.</summary>
public abstract record Finding
{
    /// <summary>The file and line the finding was read from.</summary>
    public required SourceLocation Source { get; init; }

    /// <summary>The finding as the file wrote it (for a table row, the relevant cells), for display and audit.</summary>
    public string Original { get; init; } = string.Empty;

    /// <summary>Changes harmonization made; empty when the file already used the canonical forms.</summary>
    public IReadOnlyList<HarmonizationNote> Notes { get; init; } = [];
}

/// <summary>An input file of the import, identified by content hash so that a report names exactly what it read.</summary>
public sealed record SourceFile(string Name, string Format, string Sha256, long Bytes);
