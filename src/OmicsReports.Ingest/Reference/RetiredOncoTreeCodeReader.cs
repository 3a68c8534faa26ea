using OmicsReports.Domain.Harmonization;

namespace OmicsReports.Ingest.Reference;

/// <summary>
/// Reads <c>knowledge/reference/oncotree_retired.tsv</c>: code, current_codes (comma-separated, may be empty),
/// relations (history, precursor, revocation; comma-separated), basis (where the mapping comes from).
/// </summary>
public static class RetiredOncoTreeCodeReader
{
    public const string FileName = "oncotree_retired.tsv";

    public static readonly IReadOnlyList<string> Columns = ["code", "current_codes", "relations", "basis"];

    /// <summary>
    /// Reads the table. With <paramref name="currentCodes"/> (the release's codes) it also checks that no retired
    /// code is current and that every mapped code exists.
    /// </summary>
    public static ReferenceTable<RetiredOncoTreeCode> Read(TextReader reader, string file, IReadOnlySet<string>? currentCodes = null)
    {
        var table = new TsvTable(file, Columns);
        var codes = new List<RetiredOncoTreeCode>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (line, cells) in table.Rows(reader))
        {
            var code = cells[0].Trim();
            if (!OncoTreeCodes.IsWellFormed(code))
            {
                table.Error(line, 1, $"'{code}' is not an OncoTree code");
                continue;
            }

            if (!seen.TryAdd(code, line))
            {
                table.Error(line, 1, $"code {code} is already on line {seen[code]}");
                continue;
            }

            if (currentCodes?.Contains(code) == true)
            {
                table.Error(line, 1, $"{code} is a current code of the release, not a retired one");
                continue;
            }

            var current = Split(cells[1]);
            if (current.FirstOrDefault(c => !OncoTreeCodes.IsWellFormed(c) || currentCodes?.Contains(c) == false) is { } bad)
            {
                table.Error(line, 2, $"'{bad}' is not a current OncoTree code");
                continue;
            }

            var relations = new List<OncoTreeRelation>();
            foreach (var word in Split(cells[2]))
            {
                if (!TryRelation(word, out var relation))
                {
                    table.Error(line, 3, $"'{word}' is not a relation (history, precursor or revocation)");
                    break;
                }

                relations.Add(relation);
            }

            if (relations.Count != Split(cells[2]).Length)
            {
                continue;
            }

            if (cells[3].Trim().Length == 0)
            {
                table.Error(line, 4, $"the mapping of {code} does not say what it is based on");
                continue;
            }

            codes.Add(new RetiredOncoTreeCode(code, current, relations, cells[3].Trim()));
        }

        return new ReferenceTable<RetiredOncoTreeCode>(codes, table.Problems) { Metadata = table.Metadata };
    }

    private static string[] Split(string cell) =>
        cell.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static bool TryRelation(string word, out OncoTreeRelation relation)
    {
        relation = word switch
        {
            "history" => OncoTreeRelation.History,
            "precursor" => OncoTreeRelation.Precursor,
            "revocation" => OncoTreeRelation.Revocation,
            _ => (OncoTreeRelation)(-1),
        };
        return Enum.IsDefined(relation);
    }
}
