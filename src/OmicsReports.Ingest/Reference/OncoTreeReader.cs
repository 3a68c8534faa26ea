using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;

namespace OmicsReports.Ingest.Reference;

/// <summary>Builds the shipped <see cref="OncoTree"/> from its node table and its retired-code table.</summary>
public static class OncoTreeReader
{
    /// <summary>Reads both tables; the tree is null when either has errors (each located by file, line, column).</summary>
    public static (OncoTree? Tree, IReadOnlyList<ImportProblem> Problems) Read(
        TextReader nodes, string nodesFile, TextReader retired, string retiredFile)
    {
        var nodeTable = OncoTreeNodeReader.Read(nodes, nodesFile);
        var current = nodeTable.Rows.Select(n => n.Code).ToHashSet(StringComparer.Ordinal);
        var retiredTable = RetiredOncoTreeCodeReader.Read(retired, retiredFile, current);
        var problems = nodeTable.Problems.Concat(retiredTable.Problems).ToList();
        return problems.Count > 0
            ? (null, problems)
            : (new OncoTree(nodeTable.Metadata[OncoTreeNodeReader.ReleaseKey], nodeTable.Rows, retiredTable.Rows), problems);
    }

    /// <summary>Loads the tree from a reference folder; throws with every located error when the tables are broken.</summary>
    public static OncoTree Load(string referenceFolder)
    {
        var nodesPath = Path.Combine(referenceFolder, OncoTreeNodeReader.FileName);
        var retiredPath = Path.Combine(referenceFolder, RetiredOncoTreeCodeReader.FileName);
        using var nodes = new StreamReader(nodesPath, System.Text.Encoding.UTF8);
        using var retired = new StreamReader(retiredPath, System.Text.Encoding.UTF8);
        var (tree, problems) = Read(nodes, OncoTreeNodeReader.FileName, retired, RetiredOncoTreeCodeReader.FileName);
        return tree ?? throw new InvalidDataException(string.Join(Environment.NewLine, problems.Select(p => p.ToString())));
    }
}
