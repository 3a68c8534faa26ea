using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Pipeline;
using OmicsReports.Ingest.Text;

namespace OmicsReports.Ingest.Formats.Structural;

/// <summary>
/// cBioPortal's structural-variant format: one event per row with Site1_* and Site2_* partners, region (exon)
/// numbers, frame and read counts. Site order is the file's, not necessarily 5'→3'.
/// </summary>
public sealed class CbioportalSvReader : IFormatReader
{
    public string Format => "cbioportal-sv";

    public Detection Detect(FileSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        return sniff.HeaderHas("Sample_Id", "Site1_Hugo_Symbol", "Site2_Hugo_Symbol") ? Detection.Header : Detection.No;
    }

    public Task ReadAsync(InputFile file, ImportSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        using var table = TabularReader.Open(file, session);
        if (table is null)
        {
            return Task.CompletedTask;
        }

        var sample = table.Require("Sample_Id");
        var geneA = table.Require("Site1_Hugo_Symbol");
        var geneB = table.Require("Site2_Hugo_Symbol");
        if (sample < 0 || geneA < 0 || geneB < 0)
        {
            return Task.CompletedTask;
        }

        var c = new
        {
            ExonA = table.Find("Site1_Region_Number"), ExonB = table.Find("Site2_Region_Number"),
            ChromA = table.Find("Site1_Chromosome"), PosA = table.Find("Site1_Position"),
            ChromB = table.Find("Site2_Chromosome"), PosB = table.Find("Site2_Position"),
            Frame = table.Find("Site2_Effect_On_Frame"), Split = table.Find("Tumor_Split_Read_Count"),
            Paired = table.Find("Tumor_Paired_End_Read_Count"), Variant = table.Find("Tumor_Variant_Count"),
            Class = table.Find("Class"), Event = table.Find("Event_Info"),
        };
        var shown = new[] { geneA, geneB, c.ExonA, c.ExonB, c.Event, c.Class, c.Frame }.Where(i => i >= 0).ToArray();
        var row = new TabularRow();
        while (table.Next(row))
        {
            var sampleId = table.Required(row, sample);
            var exonA = table.WholeNumber(row, c.ExonA);
            var exonB = table.WholeNumber(row, c.ExonB);
            var posA = table.LongNumber(row, c.PosA);
            var posB = table.LongNumber(row, c.PosB);
            var (chromA, chromB) = (table.Chromosome(row, c.ChromA, required: false), table.Chromosome(row, c.ChromB, required: false));
            // cBioPortal's SV files (and its own exports) write -1 for a count that was not measured.
            var split = NotMeasured(table.WholeNumber(row, c.Split));
            var paired = NotMeasured(table.WholeNumber(row, c.Paired));
            var variantReads = NotMeasured(table.WholeNumber(row, c.Variant));
            var (a, b) = (row.Value(geneA), row.Value(geneB));
            if (row.Invalid || sampleId is null)
            {
                continue;
            }

            if (a is null && b is null)
            {
                table.Invalid(row, geneA, "missing-value", "Neither Site1_Hugo_Symbol nor Site2_Hugo_Symbol names a gene.");
                continue;
            }

            if (session.Sample(sampleId, file, row.Line, sample + 1) is not { } builder)
            {
                continue;
            }

            var at = file.At(row.Line);
            var notes = new List<HarmonizationNote>();
            var first = PartnerGenes.Resolve(session.Harmonizer, a ?? b!, builder, file.At(row.Line, (a is null ? geneB : geneA) + 1), notes);
            var second = a is null || b is null ? null : PartnerGenes.Resolve(session.Harmonizer, b, builder, file.At(row.Line, geneB + 1), notes);
            var eventInfo = row.Value(c.Event);
            var kind = eventInfo?.Contains("fusion", StringComparison.OrdinalIgnoreCase) == true
                ? StructuralVariantKind.Fusion
                : PartnerGenes.Kind(row.Value(c.Class));
            builder.AddStructuralVariant(new StructuralVariant
            {
                Source = at,
                Original = row.Describe(table.Header, shown),
                Notes = notes,
                Kind = kind,
                GeneA = first,
                GeneB = second == first ? null : second,
                ExonA = a is null ? exonB : exonA,
                ExonB = a is null ? null : exonB,
                Frame = PartnerGenes.Frame(row.Value(c.Frame)),
                SupportingReads = split + paired ?? split ?? paired ?? variantReads,
                BreakpointA = Breakpoint(chromA, posA),
                BreakpointB = Breakpoint(chromB, posB),
            });
        }

        return Task.CompletedTask;
    }

    private static string? Breakpoint(string? chromosome, long? position) =>
        chromosome is null || position is null ? null : $"{chromosome}:{position}";

    private static int? NotMeasured(int? count) => count == -1 ? null : count;
}
