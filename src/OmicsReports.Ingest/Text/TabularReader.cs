using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Ingest.Text;

/// <summary>
/// Streams a tab-separated file: leading '#' lines (kept in <see cref="CommentLines"/>), one header line, then rows.
/// Checks every row's column count against the header and parses cells with located errors through the
/// <see cref="ImportSession"/>. Blank lines are skipped.
/// </summary>
public sealed partial class TabularReader : IDisposable
{
    private readonly TextReader text;
    private readonly InputFile file;
    private readonly ImportSession session;
    private readonly Dictionary<string, int> columns = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Names that head two columns (the second's index); a reader asking for one is refused.</summary>
    private readonly Dictionary<string, int> duplicates = new(StringComparer.OrdinalIgnoreCase);
    private int line;

    private TabularReader(InputFile file, ImportSession session)
    {
        this.file = file;
        this.session = session;
        RowProblems = session;
        text = file.OpenText();
    }

    /// <summary>
    /// Where rows that cannot be used are reported: the session, unless the rows are parsed on another thread than
    /// the session's (<see cref="RecordedRowProblems"/>).
    /// </summary>
    public IRowProblems RowProblems { get; set; }

    public InputFile File => file;

    public IReadOnlyList<string> Header { get; private set; } = [];

    /// <summary>The '#' lines before the header, without the '#' (cBioPortal's four attribute rows, "version 2.4").</summary>
    public IReadOnlyList<string> CommentLines { get; private set; } = [];

    public int HeaderLine { get; private set; }

    /// <summary>Opens the file and reads up to the header; null (with an error recorded) when there is no header.</summary>
    public static TabularReader? Open(InputFile file, ImportSession session, string commentPrefix = "#")
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(file);
        if (!file.CheckComplete(session))
        {
            return null;
        }

        var reader = new TabularReader(file, session);
        if (reader.ReadHeader(commentPrefix))
        {
            return reader;
        }

        reader.Dispose();
        return null;
    }

    /// <summary>0-based index of the first of <paramref name="names"/> present, or -1.</summary>
    public int Find(params string[] names)
    {
        foreach (var name in names)
        {
            if (columns.TryGetValue(name, out var index))
            {
                if (duplicates.Remove(name, out var second))
                {
                    // Which of two same-named columns is read decides the values: refuse, never guess. Unused
                    // duplicates (cBioPortal's own MAFs repeat some *_WU columns) do no harm and pass.
                    session.Error("duplicate-column", file, HeaderLine, second + 1,
                        $"Column {second + 1} repeats the name '{Header[second]}' of column {index + 1}, which this format reads; each column it reads may appear once.");
                    return -1;
                }

                return index;
            }
        }

        return -1;
    }

    /// <summary>Like <see cref="Find"/>, but a missing column is a structural error naming what was expected.</summary>
    public int Require(params string[] names)
    {
        var index = Find(names);
        if (index < 0)
        {
            var expected = names.Length == 1 ? $"'{names[0]}'" : "one of " + string.Join(", ", names.Select(n => $"'{n}'"));
            session.Error("missing-column", file, HeaderLine, null, $"Missing required column {expected} in the header.");
        }

        return index;
    }

    /// <summary>Reads the next row with the header's column count; rows with another count are reported and skipped.</summary>
    public bool Next(TabularRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        string? current;
        while ((current = text.ReadLine()) is not null)
        {
            line++;
            if (current.AsSpan().IsWhiteSpace())
            {
                continue; // blank lines, also those holding only spaces or a carriage return
            }

            row.Load(current, line);
            if (row.Count != Header.Count)
            {
                RowProblems.InvalidRow(RecordedRowProblems.ColumnCount, file, line, Math.Min(row.Count, Header.Count) + 1,
                    $"The row has {row.Count} columns but the header has {Header.Count}.");
                if (RowProblems.ShouldStop)
                {
                    return false;
                }

                continue;
            }

            return true;
        }

        return false;
    }

    public void Dispose() => text.Dispose();

    private bool ReadHeader(string commentPrefix)
    {
        var comments = new List<string>();
        string? current;
        while ((current = text.ReadLine()) is not null)
        {
            line++;
            if (current.Length > 0 && current.StartsWith(commentPrefix, StringComparison.Ordinal))
            {
                comments.Add(current[commentPrefix.Length..].TrimEnd('\r'));
                continue;
            }

            if (current.Trim().Length == 0)
            {
                continue;
            }

            var header = current.TrimEnd('\r').Split('\t').Select(c => c.Trim()).ToArray();
            HeaderLine = line;
            Header = header;
            CommentLines = comments;
            for (var i = 0; i < header.Length; i++)
            {
                if (!columns.TryAdd(header[i], i) && header[i].Length > 0)
                {
                    duplicates.TryAdd(header[i], i);
                }
            }

            return true;
        }

        session.Error("no-header", file, line, null, "The file has no header line.");
        return false;
    }
}
