using System.Globalization;
using OmicsReports.Ingest.Text;

namespace OmicsReports.Ingest.Formats.Vcf;

/// <summary>The tumour's read support for one ALT allele, and the field it came from (for the finding's original).</summary>
internal readonly record struct ReadSupport(double? Vaf, int? Depth, int? AltReads, string From);

/// <summary>
/// Reads VAF, depth and ALT read count from whatever a caller wrote. The caller's own allele fraction wins when it
/// gave one (Mutect2 FORMAT AF, MuTect FA, VarScan FREQ "48.7%", PCGR INFO TVAF); otherwise VAF is ALT reads over
/// depth from the counts (FORMAT AD, PCGR ADT, VarScan RD/AD, Strelka tier-1 base and indel counts). Depth is
/// the sum of those counts, else FORMAT DP (PCGR DPT, INFO TDP).
/// </summary>
internal static class ReadSupports
{
    private static readonly string[] StrelkaBases = ["A", "C", "G", "T"];

    /// <summary>The support of ALT number <paramref name="allele"/> (1-based); a bad number is named in <paramref name="problem"/>.</summary>
    public static ReadSupport Of(VcfRecord record, SampleValues sample, int allele, out string? problem)
    {
        problem = null;
        var alleles = record.Alternates.Count + 1;
        int? alt = null, depth = null;
        string from;
        if (Counts(sample["AD"], ref problem) is { } ad && ad.Length == alleles)
        {
            (alt, depth, from) = (ad[allele], ad.Sum(c => c ?? 0), "AD");
        }
        else if (sample["RD"] is not null && Counts(sample["AD"], ref problem) is [var varscanAlt])
        {
            // VarScan writes AD as the variant-supporting reads only, next to RD for the reference reads.
            var reference = Counts(sample["RD"], ref problem)?[0];
            (alt, depth, from) = (varscanAlt, reference + varscanAlt, "RD/AD");
        }
        else if (Counts(sample["ADT"], ref problem) is { } adt && adt.Length == alleles)
        {
            (alt, depth, from) = (adt[allele], adt.Sum(c => c ?? 0), "ADT");
        }
        else if (StrelkaSnv(record, sample, allele, ref problem) is { } snv)
        {
            (alt, depth, from) = (snv.Alt, snv.Depth, "Strelka tier-1 base counts");
        }
        else if (Counts(sample["TIR"], ref problem) is [var tir, ..] && Counts(sample["TAR"], ref problem) is [var tar, ..])
        {
            (alt, depth, from) = (tir, tir + tar, "Strelka tier-1 TIR/TAR");
        }
        else
        {
            from = "no read counts";
        }

        // Depth from the same counts as the ALT reads keeps VAF = ALT / depth consistent; DP counts filtered reads too.
        depth ??= Counts(sample["DP"], ref problem)?[0] ?? Counts(sample["DPT"], ref problem)?[0] ?? Counts(record.InfoValue("TDP"), ref problem)?[0];
        var fraction = Fraction(sample["AF"], allele, ref problem, percent: false)
            ?? Fraction(sample["FA"], allele, ref problem, percent: false)
            ?? Fraction(sample["FREQ"], 1, ref problem, percent: true)
            ?? Fraction(record.InfoValue("TVAF"), allele, ref problem, percent: false);
        var vaf = fraction ?? (alt is { } a && depth is > 0 ? Math.Round((double)a / depth.Value, 4) : null);
        return new ReadSupport(vaf, depth, alt, from);
    }

    private static (int? Alt, int? Depth)? StrelkaSnv(VcfRecord record, SampleValues sample, int allele, ref string? problem)
    {
        if (sample["AU"] is null || record.Alternates[allele - 1].Length != 1)
        {
            return null;
        }

        // Strelka writes each base count as "tier1,tier2"; vcf2maf and most tools use tier 1.
        int? total = 0, alt = null;
        foreach (var b in StrelkaBases)
        {
            var tier1 = Counts(sample[b + "U"], ref problem)?[0];
            total += tier1 ?? 0;
            if (string.Equals(b, record.Alternates[allele - 1], StringComparison.OrdinalIgnoreCase))
            {
                alt = tier1;
            }
        }

        return (alt, total);
    }

    private static int?[]? Counts(string? text, ref string? problem)
    {
        if (text is null)
        {
            return null;
        }

        var parts = text.Split(',');
        var result = new int?[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i] is "." or "")
            {
                continue;
            }

            if (!Cells.TryInt(parts[i], out var value) || value < 0)
            {
                problem ??= $"'{text}' is not a list of read counts";
                return null;
            }

            result[i] = value;
        }

        return result;
    }

    private static double? Fraction(string? text, int allele, ref string? problem, bool percent)
    {
        if (text is null)
        {
            return null;
        }

        var parts = text.Split(',');
        var part = parts.Length >= allele ? parts[allele - 1].Trim() : parts[0].Trim();
        if (part is "." or "")
        {
            return null;
        }

        var isPercent = percent || part.EndsWith('%');
        if (!double.TryParse(part.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || !double.IsFinite(value) || value < 0 || value > (isPercent ? 100 : 1))
        {
            problem ??= $"'{text}' is not an allele fraction";
            return null;
        }

        return Math.Round(isPercent ? value / 100 : value, 4);
    }
}
