using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Formats.Structural;
using OmicsReports.Ingest.Pipeline;
using OmicsReports.Ingest.Text;

namespace OmicsReports.Ingest.Formats.Tsv;

/// <summary>
/// One-sample fusion tables that name each fusion "GENE1--GENE2", as PCGR's fusions.tsv (FusionGene,
/// LeftBreakpoint, RightBreakpoint "chr:pos", SplitReads). Such files do not say which partner is 5', and PCGR's
/// own example lists NTRK1--TPM3 for the TPM3::NTRK1 fusion, so the order is kept but not trusted.
/// </summary>
public sealed class FusionGeneTableReader : IFormatReader
{
    private static readonly string[] NameColumns = ["FusionGene", "Fusion_Gene", "FusionName", "Fusion"];

    public string Format => "fusion-table";

    public Detection Detect(FileSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        var header = sniff.HeaderColumns();
        var nameColumn = header.ToList().FindIndex(h => NameColumns.Contains(h, StringComparer.OrdinalIgnoreCase));
        if (nameColumn < 0 || sniff.HeaderHas("Tumor_Sample_Barcode") || sniff.HeaderHas("LeftGene"))
        {
            return Detection.No;
        }

        // A sample column makes it a multi-sample list (FusionListReader); here every name must be GENE1--GENE2.
        var rows = sniff.DataRows().Where(r => r.Length > nameColumn).ToList();
        return rows.Count > 0 && rows.All(r => r[nameColumn].Contains("--", StringComparison.Ordinal)) ? Detection.Header : Detection.No;
    }

    public Task ReadAsync(InputFile file, ImportSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        using var table = TabularReader.Open(file, session);
        if (table is null)
        {
            return Task.CompletedTask;
        }

        var name = table.Require(NameColumns);
        var (leftBreak, rightBreak) = (table.Find("LeftBreakpoint"), table.Find("RightBreakpoint"));
        var (split, spanning) = (table.Find("SplitReads", "JunctionReadCount", "JunctionReads"), table.Find("SpanningReads", "SpanningFragCount"));
        if (name < 0)
        {
            return Task.CompletedTask;
        }

        var builder = session.Unnamed(file);
        var row = new TabularRow();
        while (table.Next(row))
        {
            var text = table.Required(row, name);
            var (reads, spans) = (table.WholeNumber(row, split), table.WholeNumber(row, spanning));
            var (breakA, breakB) = (Breakpoints.Read(table, row, leftBreak), Breakpoints.Read(table, row, rightBreak));
            var partners = text is null ? null : PartnerGenes.Split(text, session.Harmonizer);
            if (partners is { } named && (named.A.Length == 0 || named.B?.Length == 0))
            {
                partners = null;
            }

            if (text is not null && partners is null)
            {
                table.Invalid(row, name, "unreadable-fusion", $"'{text}' is not a fusion name such as GENE1--GENE2.");
            }

            if (row.Invalid || partners is not { } p)
            {
                continue;
            }

            var at = file.At(row.Line, name + 1);
            var notes = new List<HarmonizationNote>();
            var geneA = PartnerGenes.Resolve(session.Harmonizer, p.A, builder, at, notes);
            var geneB = p.B is null ? null : PartnerGenes.Resolve(session.Harmonizer, p.B, builder, at, notes);
            builder.AddStructuralVariant(new StructuralVariant
            {
                Source = at,
                Original = row.Describe(table.Header, name, leftBreak, rightBreak, split, spanning),
                Notes = notes,
                Kind = StructuralVariantKind.Fusion,
                GeneA = geneA,
                GeneB = geneB == geneA ? null : geneB,
                SupportingReads = reads is null && spans is null ? null : (reads ?? 0) + (spans ?? 0),
                BreakpointA = breakA,
                BreakpointB = breakB,
            });
        }

        return Task.CompletedTask;
    }
}
