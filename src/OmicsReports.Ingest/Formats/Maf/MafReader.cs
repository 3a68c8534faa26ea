using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Pipeline;
using OmicsReports.Ingest.Text;

namespace OmicsReports.Ingest.Formats.Maf;

/// <summary>
/// Mutation Annotation Format (GDC MAF 2.4, vcf2maf, cBioPortal's MAF and minimal MAF-like tables): one variant per
/// row, keyed by Tumor_Sample_Barcode. Handles "#version" lines, NA and "." cells, 1- and 3-letter protein columns,
/// transcript-prefixed HGVSc and spreadsheet-mangled exon numbers.
/// </summary>
public sealed class MafReader : IFormatReader
{
    private static readonly string[] VariantColumns =
        ["Variant_Classification", "HGVSp_Short", "HGVSp", "Protein_Change", "Start_Position"];

    public string Format => "maf";

    public Detection Detect(FileSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        var header = sniff.HeaderColumns();
        var hasCore = header.Contains("Hugo_Symbol", StringComparer.OrdinalIgnoreCase)
            && header.Contains("Tumor_Sample_Barcode", StringComparer.OrdinalIgnoreCase)
            && VariantColumns.Any(c => header.Contains(c, StringComparer.OrdinalIgnoreCase));
        if (!hasCore)
        {
            return Detection.No;
        }

        return sniff.Lines.Count > 0 && sniff.Lines[0].StartsWith("#version", StringComparison.OrdinalIgnoreCase)
            ? Detection.Signature
            : Detection.Header;
    }

    public Task ReadAsync(InputFile file, ImportSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        using var table = TabularReader.Open(file, session);
        var columns = table is null ? null : MafColumns.Locate(table);
        if (table is null || columns is null)
        {
            return Task.CompletedTask;
        }

        var row = new TabularRow();
        var rowMapper = new MafRowMapper(table, columns, session.Harmonizer);
        while (table.Next(row))
        {
            if ((row.Line & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var sampleId = table.Required(row, columns.Sample);
            if (sampleId is null)
            {
                continue;
            }

            var builder = session.Sample(sampleId, file, row.Line, columns.Sample + 1);
            if (builder is null)
            {
                continue;
            }

            var variant = rowMapper.Map(row, builder);
            if (variant is not null && !row.Invalid)
            {
                builder.AddVariant(variant);
            }
        }

        return Task.CompletedTask;
    }
}
