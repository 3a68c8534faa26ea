using System.Globalization;
using System.Text.RegularExpressions;
using OmicsReports.Domain.Harmonization;

namespace OmicsReports.Ingest.Reference;

/// <summary>
/// Reads <c>knowledge/reference/genes.tsv</c>: symbol, hgnc_id, entrez_id, previous_symbols (comma-separated),
/// aliases (comma-separated), location. Empty ID cells mean "not verified", never zero.
/// </summary>
public static partial class GeneTableReader
{
    public const string FileName = "genes.tsv";

    public static readonly IReadOnlyList<string> Columns =
        ["symbol", "hgnc_id", "entrez_id", "previous_symbols", "aliases", "location"];

    public static ReferenceTable<GeneRecord> ReadFile(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        return Read(reader, Path.GetFileName(path));
    }

    /// <summary>Reads the table; <paramref name="file"/> names it in problems.</summary>
    public static ReferenceTable<GeneRecord> Read(TextReader reader, string file)
    {
        var table = new TsvTable(file, Columns);
        var genes = new List<GeneRecord>();
        var symbols = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var hgncIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var entrezIds = new Dictionary<long, int>();
        foreach (var (line, cells) in table.Rows(reader))
        {
            var symbol = cells[0].Trim();
            if (!SymbolPattern().IsMatch(symbol))
            {
                table.Error(line, 1, $"'{symbol}' is not a gene symbol (letters, digits, '-', '_', '.', '@')");
                continue;
            }

            var hgnc = cells[1].Trim();
            if (hgnc.Length > 0 && !HgncPattern().IsMatch(hgnc))
            {
                table.Error(line, 2, $"'{hgnc}' is not an HGNC ID of the form HGNC:1234");
                continue;
            }

            long? entrez = null;
            if (cells[2].Trim() is { Length: > 0 } entrezText)
            {
                if (!long.TryParse(entrezText, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
                {
                    table.Error(line, 3, $"'{entrezText}' is not an Entrez Gene ID (a positive whole number)");
                    continue;
                }

                entrez = id;
            }

            // Check all three keys so that one pass reports every clash on the row.
            var duplicate = Duplicate(table, symbols, symbol, line, 1, "symbol");
            duplicate |= hgnc.Length > 0 && Duplicate(table, hgncIds, hgnc, line, 2, "HGNC ID");
            duplicate |= entrez is { } e && Duplicate(table, entrezIds, e, line, 3, "Entrez Gene ID");
            if (duplicate)
            {
                continue;
            }

            var location = cells[5].Trim();
            genes.Add(new GeneRecord(
                symbol, hgnc, entrez, Names(cells[3]), Names(cells[4]), location.Length > 0 ? location : null));
        }

        return new ReferenceTable<GeneRecord>(genes, table.Problems) { Metadata = table.Metadata };
    }

    /// <summary>Reads the table and builds the catalog; throws with every located error when the table is broken.</summary>
    public static GeneCatalog LoadCatalog(string path) => new(ReadFile(path).RowsOrThrow());

    private static bool Duplicate<TKey>(TsvTable table, Dictionary<TKey, int> seen, TKey key, int line, int column, string what)
        where TKey : notnull
    {
        if (seen.TryGetValue(key, out var first))
        {
            table.Error(line, column, $"{what} '{key}' is already on line {first}");
            return true;
        }

        seen[key] = line;
        return false;
    }

    private static string[] Names(string cell) =>
        cell.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9\-_.@]*$")]
    private static partial Regex SymbolPattern();

    [GeneratedRegex(@"^HGNC:[1-9][0-9]*$")]
    private static partial Regex HgncPattern();
}
