namespace OmicsReports.Ingest.Pipeline;

/// <summary>
/// What detection may look at: the file's name and the beginning of its decoded text (up to
/// <see cref="MaxLines"/> lines or <see cref="MaxChars"/> characters). Detection never reads further.
/// </summary>
public sealed class FileSniff
{
    public const int MaxLines = 50;

    public const int MaxChars = 64 * 1024;

    public FileSniff(string fileName, string head)
    {
        ArgumentNullException.ThrowIfNull(head);
        FileName = fileName;
        Head = head;
        Lines = head.Split('\n').Take(MaxLines).Select(l => l.TrimEnd('\r')).ToList();
    }

    /// <summary>The file name without folders, e.g. "data_mutations.maf".</summary>
    public string FileName { get; }

    /// <summary>The first characters of the text, for JSON detection.</summary>
    public string Head { get; }

    public IReadOnlyList<string> Lines { get; }

    public bool NameEndsWith(params string[] suffixes) =>
        suffixes.Any(s => FileName.EndsWith(s, StringComparison.OrdinalIgnoreCase));

    /// <summary>The first line that does not start with <paramref name="commentPrefix"/> and is not blank.</summary>
    public string? FirstLineNotStartingWith(string commentPrefix = "#") =>
        Lines.FirstOrDefault(l => l.Length > 0 && !l.StartsWith(commentPrefix, StringComparison.Ordinal));

    /// <summary>Tab-separated columns of the header (the first non-comment line), trimmed.</summary>
    public IReadOnlyList<string> HeaderColumns(string commentPrefix = "#") =>
        FirstLineNotStartingWith(commentPrefix)?.Split('\t').Select(c => c.Trim()).ToList() ?? [];

    /// <summary>True when the header holds every one of <paramref name="columns"/> (case-insensitive).</summary>
    public bool HeaderHas(params string[] columns)
    {
        var header = HeaderColumns();
        return columns.All(c => header.Contains(c, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The data lines (after the header) that detection can see, split on tabs.</summary>
    public IEnumerable<string[]> DataRows(string commentPrefix = "#") =>
        Lines.Where(l => l.Length > 0 && !l.StartsWith(commentPrefix, StringComparison.Ordinal))
            .Skip(1)
            .Select(l => l.Split('\t'));

    /// <summary>True when the text (ignoring leading whitespace) starts a JSON object.</summary>
    public bool LooksLikeJsonObject => Head.AsSpan().TrimStart().StartsWith("{");

    /// <summary>Reads the sniff of an input file.</summary>
    public static FileSniff Of(InputFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        using var reader = file.OpenText();
        var buffer = new char[MaxChars];
        var read = reader.ReadBlock(buffer, 0, buffer.Length);
        return new FileSniff(Path.GetFileName(file.Name), new string(buffer, 0, read));
    }
}
