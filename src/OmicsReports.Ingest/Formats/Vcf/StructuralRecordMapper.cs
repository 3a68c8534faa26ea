using System.Text.RegularExpressions;
using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Formats.Common;
using OmicsReports.Ingest.Formats.Structural;
using OmicsReports.Ingest.Pipeline;

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

    public void Add(VcfRecord record, SampleValues? tumor, IReadOnlyList<VepEntry>? entries)
    {
        var named = entries?.Select(e => e["SYMBOL"]).OfType<string>().Distinct(StringComparer.Ordinal).ToList() ?? [];
        if (named.Count == 0)
        {
            WithoutGenes++;
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
            BreakpointA = $"{WithoutChr(record.Chromosome)}:{record.Position}",
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
            return $"{WithoutChr(breakend.Groups["chrom"].Value)}:{breakend.Groups["pos"].Value}";
        }

        var end = record.InfoValue("END");
        return end is null ? null : $"{WithoutChr(record.InfoValue("CHR2") ?? record.Chromosome)}:{end}";
    }

    /// <summary>Paired-end plus split-read support (Delly writes PE/SR in INFO and DV/RV per sample).</summary>
    private static int? Reads(string? pairs, string? splits)
    {
        var a = int.TryParse(pairs, System.Globalization.CultureInfo.InvariantCulture, out var p) ? p : (int?)null;
        var b = int.TryParse(splits, System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : (int?)null;
        return a is null && b is null ? null : (a ?? 0) + (b ?? 0);
    }

    private static string WithoutChr(string chromosome) =>
        chromosome.StartsWith("chr", StringComparison.OrdinalIgnoreCase) ? chromosome[3..] : chromosome;

    [GeneratedRegex(@"[\[\]](?<chrom>[^:\[\]]+):(?<pos>\d+)[\[\]]")]
    private static partial Regex Breakend();
}
