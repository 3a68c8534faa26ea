using System.Globalization;

namespace OmicsReports.Ingest.Text;

/// <summary>
/// Which chromosome names a human genome has. A name outside them in a coordinate column means the cell was damaged
/// or shifted (a garbled "1" reads "--3" or "0x1F"), so every reader and the final value checks ask the same question.
/// </summary>
internal static class Chromosomes
{
    private static readonly string[] Named = ["X", "Y", "M", "MT"];

    /// <summary>
    /// Unplaced and decoy sequences whose names carry no '_' or '.': Epstein-Barr virus ("chrEBV" in the GRCh38
    /// analysis sets) and the 1000 Genomes GRCh37 decoy (hs37d5). Aligners place reads, and so calls, on them.
    /// </summary>
    private static readonly string[] Decoys = ["EBV", "hs37d5"];

    /// <summary>
    /// 1-22, X, Y, M, MT (with or without "chr"), and other contig names that carry a letter and a '_' or '.'
    /// (GL000220.1, chr1_KI270706v1_random, NC_000001.11), the decoys, and GRCh38's HLA allele contigs (HLA-A*01:01:01:01).
    /// </summary>
    public static bool IsHuman(string chromosome)
    {
        ArgumentNullException.ThrowIfNull(chromosome);
        var name = WithoutChr(chromosome);
        if (name.Length > 0 && name.All(char.IsAsciiDigit))
        {
            return int.TryParse(name, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= 22;
        }

        return Named.Contains(name, StringComparer.OrdinalIgnoreCase)
            || Decoys.Contains(name, StringComparer.OrdinalIgnoreCase)
            || (name.StartsWith("HLA-", StringComparison.Ordinal) && name.Length > 4 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '*' or ':'))
            || (name.Length > 2 && name.Any(char.IsAsciiLetter) && name.Any(c => c is '_' or '.') && !name.Contains("..", StringComparison.Ordinal)
                && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-'));
    }

    /// <summary>The name without a leading "chr" (any case), as findings store it.</summary>
    public static string WithoutChr(string chromosome)
    {
        ArgumentNullException.ThrowIfNull(chromosome);
        return chromosome.StartsWith("chr", StringComparison.OrdinalIgnoreCase) ? chromosome[3..] : chromosome;
    }

    public const string Expected = "1-22, X, Y, MT, with or without 'chr'";
}
