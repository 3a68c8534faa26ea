using System.Text.RegularExpressions;
using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Ingest.Formats.Vcf;

/// <summary>The sample column read as the tumour: its 0-based index among the samples, its name, and why.</summary>
/// <param name="Warning">Set when the column was chosen by position only.</param>
internal sealed record TumorColumn(int Index, string Name, string Reason, string? Warning);

/// <summary>
/// Chooses the tumour column of a VCF by name, never blindly by position: callers disagree on the order
/// (vcf2maf's MuTect test file has NORMAL first, Mutect2's A25 file has the tumour first).
/// </summary>
internal static partial class TumorColumns
{
    public static TumorColumn? Choose(IReadOnlyList<string> samples, VcfHeader header, ImportOptions options)
    {
        if (samples.Count == 0)
        {
            return null;
        }

        var requested = samples.Where(options.Samples.Contains).ToList();
        if (requested.Count == 1)
        {
            return Named(samples, requested[0], "named by --sample");
        }

        if (header.TumorSample is { } declared && samples.Contains(declared))
        {
            return Named(samples, declared, "named by the header's ##tumor_sample");
        }

        var byWord = samples.Where(IsTumorWord).ToList();
        if (byWord.Count == 1)
        {
            return Named(samples, byWord[0], "named as the tumour");
        }

        // TCGA barcodes carry a sample type: 01-09 are tumour samples, 10-19 normal ones (GDC, "TCGA Barcode").
        var byBarcode = samples.Where(s => TcgaSampleType(s) is >= 1 and <= 9).ToList();
        if (byBarcode.Count == 1)
        {
            return Named(samples, byBarcode[0], "a tumour TCGA barcode");
        }

        if (samples.Count == 1)
        {
            return new TumorColumn(0, samples[0], "the only sample column", null);
        }

        var notNormal = samples.Where(s => s != header.NormalSample && !IsNormalWord(s) && TcgaSampleType(s) is not (>= 10 and <= 19)).ToList();
        if (samples.Count == 2 && notNormal.Count == 1)
        {
            return Named(samples, notNormal[0], "the column that is not the normal sample");
        }

        return new TumorColumn(0, samples[0], "the first sample column",
            $"The VCF has {samples.Count} sample columns ({string.Join(", ", samples)}) and none is named as the tumour " +
            $"(--sample, ##tumor_sample=, a name such as TUMOR); the first, '{samples[0]}', is read as the tumour. Use --sample to choose.");
    }

    private static TumorColumn Named(IReadOnlyList<string> samples, string name, string reason) =>
        new(samples.ToList().IndexOf(name), name, reason, null);

    private static bool IsTumorWord(string name) =>
        name.Equals("T", StringComparison.OrdinalIgnoreCase) || TumorWord().IsMatch(name);

    private static bool IsNormalWord(string name) =>
        name.Equals("N", StringComparison.OrdinalIgnoreCase) || NormalWord().IsMatch(name);

    private static int? TcgaSampleType(string name)
    {
        var match = TcgaBarcode().Match(name);
        return match.Success ? int.Parse(match.Groups["type"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"(^|[^a-z])tumou?r([^a-z]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex TumorWord();

    [GeneratedRegex(@"(^|[^a-z])normal([^a-z]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex NormalWord();

    [GeneratedRegex(@"^TCGA-[A-Z0-9]{2}-[A-Z0-9]{4}-(?<type>\d{2})")]
    private static partial Regex TcgaBarcode();
}
