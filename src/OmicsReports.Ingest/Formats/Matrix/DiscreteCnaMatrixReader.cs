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
        var partitions = DiscreteCnaBlocks.Partitions(matrix, session.Options.Parallelism);
        if (partitions > 1)
        {
            new DiscreteCnaBlocks(file, session, matrix, partitions).Read(cancellationToken);
            return Task.CompletedTask;
        }

        var row = new TabularRow();
        var harmonizer = session.Harmonizer;
        var problems = new CellProblems(table);
        while (table.Next(row))
        {
            var gene = matrix.Gene(row, harmonizer, out var name);
            if (gene is not null)
            {
                ReadCells(file, matrix, row, gene, name, harmonizer, 0, matrix.Builders.Count, problems);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// One row's cells from sample column <paramref name="from"/> to before <paramref name="to"/>: the unknown-gene
    /// warning, coverage and calls of those samples. It touches only those samples' cases, so disjoint ranges of one
    /// row may be read at the same time.
    /// </summary>
    internal static void ReadCells(InputFile file, GeneMatrix matrix, TabularRow row, string gene, Harmonizing.GeneName name,
        Harmonizing.Harmonizer harmonizer, int from, int to, ICellProblems problems)
    {
        var unknown = name.Known ? null : harmonizer.UnknownGeneMessage(name.Symbol);
        for (var i = from; i < to; i++)
        {
            if (matrix.Builders[i] is not { } builder)
            {
                continue;
            }

            if (unknown is not null)
            {
                builder.Warn(ImportProblem.Warning("unknown-gene", file.Name, row.Line, matrix.SymbolColumn + 1, unknown));
            }

            var column = matrix.FirstSampleColumn + i;
            var cell = row.Span(column);
            if (Cells.IsMissing(cell))
            {
                continue;
            }

            if ((FastCall(cell) ?? harmonizer.CopyNumber(cell.ToString())) is not { } call)
            {
                problems.Invalid(row, column, "not-a-call", $"'{cell}' for sample {builder.SampleId} is not a copy-number call (-2, -1, 0, 1 or 2).");
                continue;
            }

            builder.Coverage.Measured(Layer.CopyNumber, gene);
            if (call != CopyNumberCall.Neutral)
            {
                builder.AddCopyNumber(new CopyNumberAlteration
                {
                    Source = file.At(row.Line, column + 1),
                    Original = $"{row.Span(Math.Max(matrix.SymbolColumn, matrix.EntrezColumn))}: {matrix.Table.Header[column]}={cell}",
                    Notes = name.Note is { } note ? [note] : [],
                    Gene = gene,
                    Call = call,
                });
            }
        }
    }

    /// <summary>The five GISTIC values without allocating a string; a 120 × 10,000 matrix has 1.2 million cells.</summary>
    private static CopyNumberCall? FastCall(ReadOnlySpan<char> cell) => cell switch
    {
        "0" => CopyNumberCall.Neutral,
        "-1" => CopyNumberCall.ShallowDeletion,
        "1" => CopyNumberCall.Gain,
        "-2" => CopyNumberCall.DeepDeletion,
        "2" => CopyNumberCall.Amplification,
        _ => null,
    };

    private static bool IsDiscrete(string cell)
    {
        var trimmed = cell.Trim();
        return Cells.IsMissing(trimmed) || trimmed is "-2" or "-1" or "0" or "1" or "2";
    }
}
