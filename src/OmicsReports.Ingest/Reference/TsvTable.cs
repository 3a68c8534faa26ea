using OmicsReports.Domain.Cases;

namespace OmicsReports.Ingest.Reference;

/// <summary>
/// Reads a tab-separated reference table with a fixed header. Lines that start with "#" carry the version and
/// comments; blank lines are ignored. Every problem is located by file, line and (where it applies) column.
/// </summary>
internal sealed class TsvTable(string file, IReadOnlyList<string> columns)
{
    private readonly List<ImportProblem> problems = [];
    private readonly Dictionary<string, string> metadata = new(StringComparer.Ordinal);

    public string File => file;

    public IReadOnlyList<ImportProblem> Problems => problems;

    /// <summary>"# key: value" comment lines before the header, e.g. "# release: oncotree_2025_10_03".</summary>
    public IReadOnlyDictionary<string, string> Metadata => metadata;

    public void Error(int line, int? column, string message) =>
        problems.Add(ImportProblem.Error("reference-table", file, line, column, message));

    /// <summary>Yields (line number, cells) for each data row of the right width; other rows become errors.</summary>
    public IEnumerable<(int Line, string[] Cells)> Rows(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lineNumber = 0;
        var headerSeen = false;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                ReadMetadata(line);
                continue;
            }

            var cells = line.Split('\t');
            if (!headerSeen)
            {
                headerSeen = true;
                CheckHeader(lineNumber, cells);
                if (problems.Count > 0)
                {
                    yield break;
                }

                continue;
            }

            if (cells.Length != columns.Count)
            {
                Error(lineNumber, null, $"expected {columns.Count} tab-separated columns, found {cells.Length}");
                continue;
            }

            yield return (lineNumber, cells);
        }

        if (!headerSeen)
        {
            Error(0, null, $"the table is empty; expected the header '{string.Join("\\t", columns)}'");
        }
    }

    private void ReadMetadata(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon > 1)
        {
            metadata.TryAdd(line[1..colon].Trim(), line[(colon + 1)..].Trim());
        }
    }

    private void CheckHeader(int line, string[] cells)
    {
        for (var i = 0; i < Math.Max(cells.Length, columns.Count); i++)
        {
            var found = i < cells.Length ? cells[i] : null;
            var expected = i < columns.Count ? columns[i] : null;
            if (!string.Equals(found, expected, StringComparison.Ordinal))
            {
                Error(line, i + 1, expected is null
                    ? $"unexpected extra column '{found}'"
                    : $"expected column '{expected}', found '{found ?? "(nothing)"}'");
                return;
            }
        }
    }
}
