namespace OmicsReports.Ingest.Tests.Knowledge.CaseTables;

/// <summary>
/// Reads the Markdown case tables in tests/cases/: every table whose header is
/// "| Case | Tumour | Specimen | Tested | Findings | Expected |" contributes one row per patient. Everything else in
/// the files is prose for the reader.
/// </summary>
public static class CaseTableFile
{
    private static readonly string[] Header = ["Case", "Tumour", "Specimen", "Tested", "Findings", "Expected"];

    public static string Folder { get; } = Path.Combine(Path.GetDirectoryName(ShippedKnowledgeBase.Folder)!, "tests", "cases");

    private static readonly Lazy<IReadOnlyList<CaseTableRow>> All = new(() =>
        Directory.EnumerateFiles(Folder, "*.md").Order(StringComparer.Ordinal).SelectMany(Read).ToArray());

    public static IReadOnlyList<CaseTableRow> ReadAll() => All.Value;

    public static IEnumerable<CaseTableRow> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var name = Path.GetFileName(path);
        var inTable = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var cells = Cells(lines[i]);
            if (cells is null)
            {
                inTable = false;
                continue;
            }

            if (cells.SequenceEqual(Header, StringComparer.Ordinal))
            {
                inTable = true;
                i++; // the |---| separator line
                continue;
            }

            if (!inTable)
            {
                continue;
            }

            if (cells.Length != Header.Length)
            {
                throw new FormatException($"{name}:{i + 1}: a case row needs {Header.Length} cells, found {cells.Length}.");
            }

            yield return new CaseTableRow(name, i + 1, cells[0], cells[1], cells[2], cells[3], cells[4], cells[5]);
        }
    }

    private static string[]? Cells(string line)
    {
        var trimmed = line.Trim();
        if (!trimmed.StartsWith('|') || !trimmed.EndsWith('|'))
        {
            return null;
        }

        return trimmed[1..^1].Split('|').Select(c => c.Trim().Replace("`", string.Empty, StringComparison.Ordinal)).ToArray();
    }
}
