using System.Globalization;
using OmicsReports.Domain.Harmonization;

namespace OmicsReports.Ingest.Reference;

/// <summary>
/// Reads <c>knowledge/reference/oncotree.tsv</c>: code, name, main_type, tissue, parent, level. The preamble names
/// the release ("# release: oncotree_2025_10_03"). Checks that every parent exists and sits one level higher.
/// </summary>
public static class OncoTreeNodeReader
{
    public const string FileName = "oncotree.tsv";

    public const string ReleaseKey = "release";

    public static readonly IReadOnlyList<string> Columns = ["code", "name", "main_type", "tissue", "parent", "level"];

    public static ReferenceTable<TumorTypeNode> Read(TextReader reader, string file)
    {
        var table = new TsvTable(file, Columns);
        var nodes = new List<(int Line, TumorTypeNode Node)>();
        var byCode = new Dictionary<string, (int Line, TumorTypeNode Node)>(StringComparer.Ordinal);
        foreach (var (line, cells) in table.Rows(reader))
        {
            var code = cells[0].Trim();
            if (!OncoTreeCodes.IsWellFormed(code))
            {
                table.Error(line, 1, $"'{code}' is not an OncoTree code");
                continue;
            }

            if (cells[1].Trim().Length == 0)
            {
                table.Error(line, 2, $"tumour type {code} has no name");
                continue;
            }

            if (!int.TryParse(cells[5], NumberStyles.None, CultureInfo.InvariantCulture, out var level) || level > 20)
            {
                table.Error(line, 6, $"'{cells[5]}' is not a tree level (0 for the root, 1 for tissues, ...)");
                continue;
            }

            var node = new TumorTypeNode(code, cells[1].Trim(), Optional(cells[2]), Optional(cells[3]), Optional(cells[4]), level);
            if (!byCode.TryAdd(code, (line, node)))
            {
                table.Error(line, 1, $"code {code} is already on line {byCode[code].Line}");
                continue;
            }

            nodes.Add((line, node));
        }

        foreach (var (line, node) in nodes)
        {
            CheckParent(table, byCode, line, node);
        }

        if (table.Problems.Count == 0 && !table.Metadata.ContainsKey(ReleaseKey))
        {
            table.Error(0, null, $"the preamble lacks the line '# {ReleaseKey}: <OncoTree release>'");
        }

        return new ReferenceTable<TumorTypeNode>([.. nodes.Select(n => n.Node)], table.Problems) { Metadata = table.Metadata };
    }

    private static void CheckParent(TsvTable table, Dictionary<string, (int Line, TumorTypeNode Node)> byCode, int line, TumorTypeNode node)
    {
        if (node.ParentCode is null)
        {
            if (node.Level != 0)
            {
                table.Error(line, 5, $"{node.Code} has no parent but is not the root (level {node.Level})");
            }

            return;
        }

        if (!byCode.TryGetValue(node.ParentCode, out var parent))
        {
            table.Error(line, 5, $"parent {node.ParentCode} of {node.Code} is not in the table");
        }
        else if (parent.Node.Level != node.Level - 1)
        {
            // Levels one apart also rule out parent cycles.
            table.Error(line, 6, $"{node.Code} is at level {node.Level} but its parent {parent.Node.Code} is at level {parent.Node.Level}");
        }
    }

    private static string? Optional(string cell) => cell.Trim() is { Length: > 0 } value ? value : null;
}
