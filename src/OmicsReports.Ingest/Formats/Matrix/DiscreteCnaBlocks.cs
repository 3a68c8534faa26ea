using OmicsReports.Ingest.Pipeline;
using OmicsReports.Ingest.Text;

namespace OmicsReports.Ingest.Formats.Matrix;

/// <summary>Where a matrix reader reports a bad cell: straight to the file's reader, or kept for a replay in order.</summary>
internal interface ICellProblems
{
    void Invalid(TabularRow row, int column, string code, string message);
}

/// <summary>Reports bad cells as they are found (one thread).</summary>
internal sealed class CellProblems(TabularReader table) : ICellProblems
{
    public void Invalid(TabularRow row, int column, string code, string message) => table.Invalid(row, column, code, message);
}

/// <summary>
/// Reads a discrete copy-number matrix on several cores. The file is read in blocks of rows on the calling thread
/// (splitting lines, resolving each row's gene); each block's cells are then read by column: every core takes a
/// contiguous range of sample columns, so each case is filled by one core only, in row order, exactly as one thread
/// would fill it. Problems are kept and replayed to the session row by row and column by column once the block is
/// done, so errors, warnings and the error limit read as in a one-thread read. A matrix that names one sample in two
/// columns is read on one thread (<see cref="Partitions"/>).
/// </summary>
internal sealed class DiscreteCnaBlocks(InputFile file, ImportSession session, GeneMatrix matrix, int partitions)
{
    /// <summary>Rows per block: enough cells for each core's range to outweigh the hand-over (32 × 10,000 samples).</summary>
    private const int BlockRows = 32;

    /// <summary>Cores worth using for this matrix: 1 (one thread) when the options say so, the matrix is narrow, or a
    /// sample has two columns.</summary>
    public static int Partitions(GeneMatrix matrix, int parallelism)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var cases = matrix.Builders.Where(b => b is not null).ToList();
        if (parallelism < 2 || cases.Count < 256 || cases.Distinct().Count() != cases.Count)
        {
            return 1;
        }

        return parallelism;
    }

    public void Read(CancellationToken cancellationToken)
    {
        var table = matrix.Table;
        var recorder = new RecordedRowProblems(session.Options, session.Errors.Count);
        table.RowProblems = recorder;
        var rows = Enumerable.Range(0, BlockRows).Select(_ => new BlockRow(file)).ToArray();
        var ranges = Enumerable.Range(0, partitions)
            .Select(p => (From: matrix.Builders.Count * p / partitions, To: matrix.Builders.Count * (p + 1) / partitions))
            .ToArray();
        var more = true;
        while (more)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = 0;
            while (count < BlockRows && (more = table.Next(rows[count].Row)))
            {
                var row = rows[count++];
                row.Leading = recorder.Take();
                row.Gene = matrix.Gene(row.Row, session.Harmonizer, out var name);
                row.Name = name;
                row.Own = recorder.Take();
                row.Cells.Clear();
            }

            var trailing = recorder.Take(); // rows of the wrong width after the last good one
            Parallel.For(0, partitions, new ParallelOptions { MaxDegreeOfParallelism = partitions, CancellationToken = cancellationToken }, p =>
            {
                for (var r = 0; r < count; r++)
                {
                    if (rows[r].Gene is { } gene)
                    {
                        DiscreteCnaMatrixReader.ReadCells(file, matrix, rows[r].Row, gene, rows[r].Name, session.Harmonizer,
                            ranges[p].From, ranges[p].To, rows[r].Cells);
                    }
                }
            });

            for (var r = 0; r < count; r++)
            {
                if (!RecordedRowProblems.Replay(rows[r].Leading, session))
                {
                    return;
                }

                RecordedRowProblems.Replay(rows[r].Own, session);
                RecordedRowProblems.Replay(rows[r].Cells.InColumnOrder(), session);
            }

            if (!RecordedRowProblems.Replay(trailing, session))
            {
                return;
            }
        }
    }

    /// <summary>One row of a block, reused from block to block.</summary>
    private sealed class BlockRow(InputFile file)
    {
        public TabularRow Row { get; } = new();

        public IReadOnlyList<RecordedRowProblems.RowProblem>? Leading { get; set; }

        public string? Gene { get; set; }

        public Harmonizing.GeneName Name { get; set; }

        public IReadOnlyList<RecordedRowProblems.RowProblem>? Own { get; set; }

        public KeptCellProblems Cells { get; } = new(file);
    }

    /// <summary>The bad cells of one row, found by several cores at once, handed back in column order.</summary>
    private sealed class KeptCellProblems(InputFile file) : ICellProblems
    {
        private readonly List<(int Column, RecordedRowProblems.RowProblem Problem)> kept = [];

        public void Invalid(TabularRow row, int column, string code, string message)
        {
            var problem = new RecordedRowProblems.RowProblem(code, file, row.Line, column + 1, message);
            lock (kept)
            {
                row.Invalid = true;
                kept.Add((column, problem));
            }
        }

        public void Clear() => kept.Clear();

        public IReadOnlyList<RecordedRowProblems.RowProblem>? InColumnOrder() =>
            kept.Count == 0 ? null : [.. kept.OrderBy(k => k.Column).Select(k => k.Problem)];
    }
}
