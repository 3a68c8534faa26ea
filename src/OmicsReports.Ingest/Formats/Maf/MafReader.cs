using System.Collections.Concurrent;
using OmicsReports.Ingest.Pipeline;
using OmicsReports.Ingest.Text;

namespace OmicsReports.Ingest.Formats.Maf;

/// <summary>
/// Mutation Annotation Format (GDC MAF 2.4, vcf2maf, cBioPortal's MAF and minimal MAF-like tables): one variant per
/// row, keyed by Tumor_Sample_Barcode. Handles "#version" lines, NA and "." cells, 1- and 3-letter protein columns,
/// transcript-prefixed HGVSc and spreadsheet-mangled exon numbers.
/// </summary>
/// <remarks>
/// A MAF is usually the bulk of an import (a 10,000-sample study: 425,000 rows), so with two or more cores
/// (<see cref="ImportOptions.Parallelism"/>) one thread reads and harmonizes rows while the importing thread gives
/// them to their samples. The parsing thread never touches the session: it records row problems and sample notes, and
/// the importing thread replays them in row order, so the cases, warnings and errors are those of a one-thread read.
/// </remarks>
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

    public async Task ReadAsync(InputFile file, ImportSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        using var table = TabularReader.Open(file, session);
        var columns = table is null ? null : MafColumns.Locate(table);
        if (table is null || columns is null)
        {
            return;
        }

        var recorder = new RecordedRowProblems(session.Options, session.Errors.Count);
        table.RowProblems = recorder;
        var rows = new MafRows(table, columns, new MafRowMapper(table, columns, session.Harmonizer), recorder, session.Options);
        if (session.Options.Parallelism < 2)
        {
            rows.Parse(batch => Give(batch, file, columns, session), cancellationToken);
            return;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var queue = new BlockingCollection<List<MafParsedRow>>(boundedCapacity: 4);
        var parsing = Task.Factory.StartNew(() =>
        {
            try
            {
                rows.Parse(batch =>
                {
                    queue.Add(batch, stop.Token);
                    return true;
                }, stop.Token);
            }
            finally
            {
                queue.CompleteAdding();
            }
        }, stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        try
        {
            foreach (var batch in queue.GetConsumingEnumerable(stop.Token))
            {
                if (!Give(batch, file, columns, session))
                {
                    break;
                }
            }
        }
        finally
        {
            // Stopped early (enough errors) or failed: the parsing thread is told to stop and waited for, so nothing
            // reads the file after this method returns.
            await stop.CancelAsync();
            try
            {
                await parsing;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }
        }
    }

    /// <summary>Gives parsed rows to their samples, in order; false when the session says to stop reading.</summary>
    private static bool Give(List<MafParsedRow> batch, InputFile file, MafColumns columns, ImportSession session)
    {
        foreach (var row in batch)
        {
            if (!RecordedRowProblems.Replay(row.Leading, session))
            {
                return false;
            }

            if (row.SampleId is null || !row.Mapped || session.Sample(row.SampleId, file, row.Line, columns.Sample + 1) is not { } builder)
            {
                continue;
            }

            RecordedRowProblems.Replay(row.CellProblems, session);
            row.Notes?.ApplyTo(builder);
            if (row.Variant is not null && !row.Invalid)
            {
                builder.AddVariant(row.Variant);
            }
        }

        return true;
    }
}
