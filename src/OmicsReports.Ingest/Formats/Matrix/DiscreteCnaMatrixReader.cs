using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Pipeline;
using OmicsReports.Ingest.Text;

namespace OmicsReports.Ingest.Formats.Matrix;

/// <summary>
/// Discrete copy-number calls as a gene × sample matrix: cBioPortal's DISCRETE layout (Hugo_Symbol, Entrez_Gene_Id)
/// and GISTIC's all_thresholded layout (Gene Symbol, Locus ID, Cytoband), values -2..2. Every non-NA cell counts the
/// gene as tested for the sample; neutral calls (0) are coverage, not findings.
/// </summary>
public sealed class DiscreteCnaMatrixReader : IFormatReader
{
    public string Format => "cna-discrete";

    public Detection Detect(FileSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        var header = sniff.HeaderColumns();
        if (header.Count < 2)
        {
            return Detection.No;
        }

        var gistic = sniff.HeaderHas("Gene Symbol", "Locus ID");
        var cbioportal = header[0].Equals("Hugo_Symbol", StringComparison.OrdinalIgnoreCase)
            || header[0].Equals("Entrez_Gene_Id", StringComparison.OrdinalIgnoreCase);
        if (!gistic && !cbioportal)
        {
            return Detection.No;
        }

        if (header.Any(h => h.Equals("Sample_Id", StringComparison.OrdinalIgnoreCase) || h.Equals("Tumor_Sample_Barcode", StringComparison.OrdinalIgnoreCase)))
        {
            return Detection.No; // a long layout or a MAF
        }

        var first = header.TakeWhile(h => GeneMatrix.IdentifierColumns.Contains(h, StringComparer.OrdinalIgnoreCase)).Count();
        var discrete = sniff.DataRows().All(cells => cells.Skip(first).All(IsDiscrete));
        return discrete ? Detection.Header : Detection.No;
    }

    public Task ReadAsync(InputFile file, ImportSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var matrix = GeneMatrix.Open(file, session);
        if (matrix is null)
        {
            return Task.CompletedTask;
        }

        using var table = matrix.Table;
        var row = new TabularRow();
        var harmonizer = session.Harmonizer;
        while (table.Next(row))
        {
            var gene = matrix.Gene(row, harmonizer, out var name);
            if (gene is null)
            {
                continue;
            }

            if (!name.Known)
            {
                matrix.WarnUnknownGene(row, name);
            }

            for (var i = 0; i < matrix.Builders.Count; i++)
            {
                if (matrix.Builders[i] is not { } builder)
                {
                    continue;
                }

                var column = matrix.FirstSampleColumn + i;
                var cell = row.Span(column);
                if (Cells.IsMissing(cell))
                {
                    continue;
                }

                if (harmonizer.CopyNumber(cell.ToString()) is not { } call)
                {
                    table.Invalid(row, column, "not-a-call", $"'{cell}' for sample {builder.SampleId} is not a copy-number call (-2, -1, 0, 1 or 2).");
                    continue;
                }

                builder.Coverage.Measured(Layer.CopyNumber, gene);
                if (call != CopyNumberCall.Neutral)
                {
                    builder.AddCopyNumber(new CopyNumberAlteration
                    {
                        Source = file.At(row.Line, column + 1),
                        Original = $"{row.Raw(Math.Max(matrix.SymbolColumn, matrix.EntrezColumn))}: {table.Header[column]}={cell}",
                        Notes = name.Note is { } note ? [note] : [],
                        Gene = gene,
                        Call = call,
                    });
                }
            }
        }

        return Task.CompletedTask;
    }

    private static bool IsDiscrete(string cell)
    {
        var trimmed = cell.Trim();
        return Cells.IsMissing(trimmed) || trimmed is "-2" or "-1" or "0" or "1" or "2";
    }
}
