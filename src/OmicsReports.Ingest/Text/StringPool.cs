namespace OmicsReports.Ingest.Text;

/// <summary>
/// Shares the strings that large files repeat on every row (chromosomes, alleles, FILTER values), so 400,000
/// variants hold a few dozen strings instead of a million copies. Only short cells are pooled.
/// </summary>
public sealed class StringPool
{
    private const int MaxPooledLength = 12;
    private const int MaxEntries = 4096;
    private readonly Dictionary<string, string> pool = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public StringPool() => lookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The shared copy of the cell, or null for a missing value.</summary>
    public string? Get(ReadOnlySpan<char> cell)
    {
        if (Cells.IsMissing(cell))
        {
            return null;
        }

        if (cell.Length > MaxPooledLength)
        {
            return cell.ToString();
        }

        if (lookup.TryGetValue(cell, out var shared))
        {
            return shared;
        }

        var text = cell.ToString();
        if (pool.Count < MaxEntries)
        {
            pool[text] = text;
        }

        return text;
    }
}
