using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Pipeline;
using OmicsReports.Ingest.Text;

namespace OmicsReports.Ingest.Formats.CopyNumber;

/// <summary>
/// IGV/cBioPortal segmented copy number (.seg): ID, chrom, loc.start, loc.end, num.mark, seg.mean (log2). Segments
/// carry no genes; the report flags them as needing gene mapping.
/// </summary>
public sealed class SegmentReader : IFormatReader
{
    public string Format => "seg";

    public Detection Detect(FileSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        var header = sniff.HeaderColumns();
        return header.Count == 6 && sniff.HeaderHas("loc.start", "loc.end", "seg.mean") ? Detection.Header : Detection.No;
    }

    public Task ReadAsync(InputFile file, ImportSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        using var table = TabularReader.Open(file, session);
        if (table is null)
        {
            return Task.CompletedTask;
        }

        // Column names vary between tools (ID/Sample, chrom/chromosome); the layout is fixed, as IGV reads it.
        var (sample, chrom, start, end, markers, mean) = (0, 1, 2, 3, 4, 5);
        if (table.Header.Count != 6)
        {
            session.Error("column-count", file, table.HeaderLine, null,
                $"A .seg file has 6 columns (ID, chrom, loc.start, loc.end, num.mark, seg.mean); this header has {table.Header.Count}.");
            return Task.CompletedTask;
        }

        var row = new TabularRow();
        while (table.Next(row))
        {
            var sampleId = table.Required(row, sample);
            var chromosome = table.Chromosome(row, chrom);
            var from = table.LongNumber(row, start);
            var to = table.LongNumber(row, end);
            var count = table.WholeNumber(row, markers);
            var log2 = table.Number(row, mean);
            if (row.Invalid || sampleId is null || chromosome is null || from is null || to is null)
            {
                if (!row.Invalid)
                {
                    table.Invalid(row, from is null ? start : end, "missing-value", "A segment needs its start and end.");
                }

                continue;
            }

            if (session.Sample(sampleId, file, row.Line, sample + 1) is { } builder)
            {
                builder.AddSegment(new CopyNumberSegment
                {
                    Source = file.At(row.Line),
                    Original = row.Text.TrimEnd('\r'),
                    Chromosome = chromosome,
                    Start = from.Value,
                    End = to.Value,
                    Markers = count,
                    Log2Ratio = log2,
                });
            }
        }

        return Task.CompletedTask;
    }
}
