using System.Text.RegularExpressions;
using OmicsReports.Ingest.Text;

namespace OmicsReports.Ingest.Formats.Tsv;

/// <summary>Fusion breakpoints written "chr17:38243106:+" (STAR-Fusion) or "2:42295554" (PCGR), as "17:38243106".</summary>
internal static partial class Breakpoints
{
    /// <summary>The breakpoint without "chr" and strand; null when the cell is empty; invalid when unreadable.</summary>
    public static string? Read(TabularReader table, TabularRow row, int column)
    {
        var text = row.Value(column);
        if (text is null)
        {
            return null;
        }

        var match = Pattern().Match(text);
        if (!match.Success || !Chromosomes.IsHuman(match.Groups["chrom"].Value))
        {
            table.Invalid(row, column, "bad-breakpoint", $"Column {table.Header[column]}: '{text}' is not a breakpoint such as 7:140753336 or chr7:140753336:+.");
            return null;
        }

        return $"{match.Groups["chrom"].Value}:{match.Groups["pos"].Value}";
    }

    [GeneratedRegex(@"^(?:chr)?(?<chrom>[0-9XYMT]{1,2}|[A-Za-z0-9_.]+?):(?<pos>\d+)(?::[+-])?$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
