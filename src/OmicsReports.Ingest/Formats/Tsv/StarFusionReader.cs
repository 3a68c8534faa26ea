using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Formats.Structural;
using OmicsReports.Ingest.Pipeline;
using OmicsReports.Ingest.Text;

namespace OmicsReports.Ingest.Formats.Tsv;

/// <summary>
/// STAR-Fusion predictions (star-fusion.fusion_predictions[.abridged].tsv): "#FusionName" A--B, junction and
/// spanning read counts, LeftGene/RightGene as "SYMBOL^ENSG...", breakpoints "chr:pos:strand". The file names no
/// sample. The left gene is the 5' partner: STAR-Fusion's coding-effect columns build the fusion CDS from the left
/// gene's start to the right gene's end (STAR-Fusion wiki, "Examine Effect of Fusions on Coding Regions", BCR--ABL1).
/// </summary>
public sealed class StarFusionReader : IFormatReader
{
    public string Format => "star-fusion";

    public Detection Detect(FileSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        var header = sniff.HeaderColumns("##");
        var named = header.Count > 0 && header[0].TrimStart('#').Equals("FusionName", StringComparison.OrdinalIgnoreCase);
        return named && header.Contains("LeftGene") && header.Contains("RightGene") ? Detection.Header : Detection.No;
    }

    public Task ReadAsync(InputFile file, ImportSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        using var table = TabularReader.Open(file, session, commentPrefix: "##");
        if (table is null)
        {
            return Task.CompletedTask;
        }

        var (left, right) = (table.Require("LeftGene"), table.Require("RightGene"));
        var (leftBreak, rightBreak) = (table.Find("LeftBreakpoint"), table.Find("RightBreakpoint"));
        var (junction, spanning, frame) = (table.Find("JunctionReadCount", "JunctionReads"), table.Find("SpanningFragCount", "SpanningFrags"), table.Find("PROT_FUSION_TYPE"));
        if (left < 0 || right < 0)
        {
            return Task.CompletedTask;
        }

        var builder = session.Unnamed(file);
        var row = new TabularRow();
        while (table.Next(row))
        {
            var a = Symbol(table.Required(row, left));
            var b = Symbol(table.Required(row, right));
            var (split, span) = (table.WholeNumber(row, junction), table.WholeNumber(row, spanning));
            var (breakA, breakB) = (Breakpoints.Read(table, row, leftBreak), Breakpoints.Read(table, row, rightBreak));
            if (row.Invalid || a is null || b is null)
            {
                continue;
            }

            var notes = new List<HarmonizationNote>();
            var at = file.At(row.Line, left + 1);
            var geneA = PartnerGenes.Resolve(session.Harmonizer, a, builder, at, notes);
            var geneB = PartnerGenes.Resolve(session.Harmonizer, b, builder, file.At(row.Line, right + 1), notes);
            builder.AddStructuralVariant(new StructuralVariant
            {
                Source = at,
                Original = row.Describe(table.Header, 0, junction, spanning, left, leftBreak, right, rightBreak, frame),
                Notes = notes,
                Kind = StructuralVariantKind.Fusion,
                GeneA = geneA,
                GeneB = geneB == geneA ? null : geneB,
                OrderIsFivePrimeToThreePrime = true,
                Frame = PartnerGenes.Frame(row.Value(frame)),
                SupportingReads = split is null && span is null ? null : (split ?? 0) + (span ?? 0),
                BreakpointA = breakA,
                BreakpointB = breakB,
            });
        }

        return Task.CompletedTask;
    }

    /// <summary>"THRA^ENSG00000126351.8" → "THRA".</summary>
    private static string? Symbol(string? cell) => cell?.Split('^')[0].Trim() is { Length: > 0 } symbol ? symbol : null;
}
