using System.Text.RegularExpressions;
using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Formats.Common;
using OmicsReports.Ingest.Formats.Structural;
using OmicsReports.Ingest.Pipeline;
using OmicsReports.Ingest.Text;

namespace OmicsReports.Ingest.Formats.Vcf;

/// <summary>
/// Structural-variant records (symbolic ALTs such as &lt;DEL&gt;, breakends such as "]15:80623247]C", or an SVTYPE):
/// they become <see cref="StructuralVariant"/>s only when an annotation (VEP CSQ SYMBOL) names their genes. No gene
/// is ever inferred from coordinates; records without genes are counted for one warning.
/// </summary>
internal sealed partial class StructuralRecordMapper(InputFile file, ImportSession session, CaseBuilder builder, UnknownGeneTally unknownGenes)
{
    public int WithoutGenes { get; private set; }

    public static bool IsStructural(VcfRecord record) =>
        record.InfoValue("SVTYPE") is not null
        || record.Alternates.Any(a => a.StartsWith('<') || a.Contains('[', StringComparison.Ordinal) || a.Contains(']', StringComparison.Ordinal));

    /// <param name="tumorColumn">1-based column of the tumour sample, for problems with its values.</param>
    public void Add(VcfRecord record, SampleValues? tumor, int tumorColumn, IReadOnlyList<VepEntry>? entries)
    {
        var named = entries?.Select(e => e["SYMBOL"]).OfType<string>().Distinct(StringComparer.Ordinal).ToList() ?? [];
        if (named.Count == 0)
        {
            WithoutGenes++;
            return;
        }

        if (Damage(record, tumor, tumorColumn) is { } damage)
        {
            session.InvalidRow(damage.Code, file, record.Line, damage.Column, damage.Message);
            return;
        }

        var notes = new List<HarmonizationNote>();
        var genes = named.Select(symbol => Resolve(symbol, record, notes)).ToList();
        var type = record.InfoValue("SVTYPE");
        builder.AddStructuralVariant(new StructuralVariant
        {
            Source = file.At(record.Line),
            Original = $"{record.Chromosome}:{record.Position} {record.Reference}>{string.Join(',', record.Alternates)}; " +
                       $"SVTYPE={type ?? "."}; FILTER={record.Filter}; genes named: {string.Join(", ", named)}",
            Notes = notes,
            Kind = PartnerGenes.Kind(type ?? "Other"),
            GeneA = genes[0],
            GeneB = genes.Count > 1 ? genes[^1] : null,
            BreakpointA = $"{Chromosomes.WithoutChr(record.Chromosome)}:{record.Position}",
            BreakpointB = MateBreakpoint(record),
            SupportingReads = Reads(tumor?["DV"], tumor?["RV"]) ?? Reads(record.InfoValue("PE"), record.InfoValue("SR")),
        });
    }

    private string Resolve(string symbol, VcfRecord record, List<HarmonizationNote> notes)
    {
        var name = session.Harmonizer.Gene(symbol);
        if (name.Note is not null)
        {
            notes.Add(name.Note);
        }

        if (!name.Known)
        {
            unknownGenes.Add(symbol, record.Line, 8);
        }

        return name.Symbol;
    }

    /// <summary>The other end: Delly's CHR2/END, or the mate position inside a breakend ALT ("[2:33141292[C").</summary>
    private static string? MateBreakpoint(VcfRecord record)
    {
        var breakend = record.Alternates.Select(a => Breakend().Match(a)).FirstOrDefault(m => m.Success);
        if (breakend is not null)
        {
            return $"{Chromosomes.WithoutChr(breakend.Groups["chrom"].Value)}:{breakend.Groups["pos"].Value}";
        }

        var end = record.InfoValue("END");
        return end is null ? null : $"{Chromosomes.WithoutChr(record.InfoValue("CHR2") ?? record.Chromosome)}:{end}";
    }

    /// <summary>Paired-end plus split-read support (Delly writes PE/SR in INFO and DV/RV per sample).</summary>
    private static int? Reads(string? pairs, string? splits)
    {
        // Damage() has refused any value that is present and not a count.
        var a = pairs is not null && Cells.TryInt(pairs, out var p) ? p : (int?)null;
        var b = splits is not null && Cells.TryInt(splits, out var s) ? s : (int?)null;
        return a is null && b is null ? null : (a ?? 0) + (b ?? 0);
    }

    /// <summary>
    /// A damaged value among those this mapper reads (the mate's chromosome and END, the read counts): the record
    /// then cannot be trusted, as a POS that is not a number cannot (VcfRecord). Null when all are readable.
    /// </summary>
    private static (string Code, int Column, string Message)? Damage(VcfRecord record, SampleValues? tumor, int tumorColumn)
    {
        const int Alt = 5, Info = 8;
        var breakend = record.Alternates.Select(a => Breakend().Match(a)).FirstOrDefault(m => m.Success);
        if (breakend is not null && !Chromosomes.IsHuman(breakend.Groups["chrom"].Value))
        {
            return ("bad-chromosome", Alt, $"The breakend's mate chromosome '{breakend.Groups["chrom"].Value}' is not a human chromosome ({Chromosomes.Expected}).");
        }

        if (record.InfoValue("CHR2") is { } mate && !Chromosomes.IsHuman(mate))
        {
            return ("bad-chromosome", Info, $"CHR2 '{mate}' is not a human chromosome ({Chromosomes.Expected}).");
        }

        if (record.InfoValue("END") is { } end && (!Cells.TryLong(end, out var position) || position < 1))
        {
            return ("not-a-number", Info, $"END '{end}' is not a position (a whole number from 1).");
        }

        foreach (var key in new[] { "PE", "SR" })
        {
            if (record.InfoValue(key) is { } count && !IsCount(count))
            {
                return ("not-a-number", Info, $"{key} '{count}' is not a read count (a whole number from 0).");
            }
        }

        foreach (var key in new[] { "DV", "RV" })
        {
            if (tumor?[key] is { } count && !IsCount(count))
            {
                return ("not-a-number", tumorColumn, $"The tumour sample's {key} '{count}' is not a read count (a whole number from 0).");
            }
        }

        return null;
    }

    private static bool IsCount(string text) => Cells.TryInt(text, out var value) && value >= 0;

    [GeneratedRegex(@"[\[\]](?<chrom>[^:\[\]]+):(?<pos>\d+)[\[\]]")]
    private static partial Regex Breakend();
}
