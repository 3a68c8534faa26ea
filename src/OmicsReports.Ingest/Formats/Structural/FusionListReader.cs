using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Pipeline;
using OmicsReports.Ingest.Text;

namespace OmicsReports.Ingest.Formats.Structural;

/// <summary>
/// Simple fusion and SV lists as oncokb-annotator takes them: Tumor_Sample_Barcode with a free-text Fusion
/// ("ALK-EML4", "MLL2-intragenic", "ETV6-RUNX1 fusion"), or with GeneA, GeneB and Sv_Type. Partner order is the
/// file's and is not 5'→3'.
/// </summary>
public sealed class FusionListReader : IFormatReader
{
    public string Format => "fusion-list";

    public Detection Detect(FileSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        var named = sniff.HeaderHas("Tumor_Sample_Barcode", "Fusion");
        var paired = sniff.HeaderHas("Tumor_Sample_Barcode", "GeneA", "GeneB");
        return named || paired ? Detection.Header : Detection.No;
    }

    public Task ReadAsync(InputFile file, ImportSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        using var table = TabularReader.Open(file, session);
        if (table is null)
        {
            return Task.CompletedTask;
        }

        var sample = table.Require("Tumor_Sample_Barcode");
        var fusion = table.Find("Fusion");
        var (geneA, geneB, type) = (table.Find("GeneA"), table.Find("GeneB"), table.Find("Sv_Type"));
        if (fusion < 0 && geneA < 0)
        {
            table.Require("Fusion", "GeneA");
        }

        if (sample < 0 || (fusion < 0 && geneA < 0))
        {
            return Task.CompletedTask;
        }

        var row = new TabularRow();
        while (table.Next(row))
        {
            var sampleId = table.Required(row, sample);
            var partners = fusion >= 0 ? FromName(table, row, fusion, session) : FromColumns(table, row, geneA, geneB);
            if (row.Invalid || sampleId is null || partners is not { } p
                || session.Sample(sampleId, file, row.Line, sample + 1) is not { } builder)
            {
                continue;
            }

            var column = (fusion >= 0 ? fusion : geneA) + 1;
            var notes = new List<HarmonizationNote>();
            var a = PartnerGenes.Resolve(session.Harmonizer, p.A, builder, file.At(row.Line, column), notes);
            var b = p.B is null ? null : PartnerGenes.Resolve(session.Harmonizer, p.B, builder, file.At(row.Line, column), notes);
            var kind = type >= 0 ? PartnerGenes.Kind(row.Value(type)) : b is null ? StructuralVariantKind.Other : StructuralVariantKind.Fusion;
            builder.AddStructuralVariant(new StructuralVariant
            {
                Source = file.At(row.Line, column),
                Original = row.Describe(table.Header, fusion, geneA, geneB, type),
                Notes = notes,
                Kind = kind,
                GeneA = a,
                GeneB = b == a ? null : b,
            });
        }

        return Task.CompletedTask;
    }

    private static (string A, string? B)? FromName(TabularReader table, TabularRow row, int column, ImportSession session)
    {
        var text = table.Required(row, column);
        if (text is null)
        {
            return null;
        }

        var split = PartnerGenes.Split(text, session.Harmonizer);
        if (split is null)
        {
            table.Invalid(row, column, "unreadable-fusion", $"'{text}' is not a fusion name such as GENE1-GENE2, GENE1--GENE2 or GENE-intragenic.");
        }

        return split;
    }

    private static (string A, string? B)? FromColumns(TabularReader table, TabularRow row, int geneA, int geneB)
    {
        var a = table.Required(row, geneA);
        return a is null ? null : (a, row.Value(geneB));
    }
}
