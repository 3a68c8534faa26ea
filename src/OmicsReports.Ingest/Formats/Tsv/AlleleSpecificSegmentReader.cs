using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Pipeline;
using OmicsReports.Ingest.Text;

namespace OmicsReports.Ingest.Formats.Tsv;

/// <summary>
/// Allele-specific copy-number segments of one sample (PCGR's cna.tsv: Chromosome, Start, End, nMajor, nMinor).
/// Segments carry no genes and no log2 ratio; a warning says they need gene mapping, which needs a gene-coordinate
/// table OmicsReports does not guess. LOH (nMinor = 0) is recorded on the segment.
/// </summary>
public sealed class AlleleSpecificSegmentReader : IFormatReader
{
    public string Format => "cna-segments-allele-specific";

    public Detection Detect(FileSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        return sniff.HeaderHas("Chromosome", "Start", "End", "nMajor", "nMinor") ? Detection.Header : Detection.No;
    }

    public Task ReadAsync(InputFile file, ImportSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(session);
        using var table = TabularReader.Open(file, session);
        if (table is null)
        {
            return Task.CompletedTask;
        }

        int[] columns = [table.Require("Chromosome"), table.Require("Start"), table.Require("End"), table.Require("nMajor"), table.Require("nMinor")];
        if (columns.Any(c => c < 0))
        {
            return Task.CompletedTask;
        }

        var (chrom, start, end, major, minor) = (columns[0], columns[1], columns[2], columns[3], columns[4]);
        var builder = session.Unnamed(file);
        var count = 0;
        var row = new TabularRow();
        while (table.Next(row))
        {
            var chromosome = table.Chromosome(row, chrom);
            var (from, to) = (table.LongNumber(row, start), table.LongNumber(row, end));
            var (majorCopies, minorCopies) = (table.WholeNumber(row, major), table.WholeNumber(row, minor));
            if (!row.Invalid && (from is null || to is null || from > to))
            {
                table.Invalid(row, from is null ? start : end, from is null || to is null ? "missing-value" : "bad-range",
                    from is null || to is null ? "A segment needs its start and end." : $"The segment ends ({to}) before it starts ({from}).");
            }

            if (!row.Invalid && (majorCopies < 0 || minorCopies < 0))
            {
                table.Invalid(row, majorCopies < 0 ? major : minor, "bad-copy-number", "Allele copy numbers cannot be negative.");
            }

            if (row.Invalid || chromosome is null)
            {
                continue;
            }

            count++;
            builder.AddSegment(new CopyNumberSegment
            {
                Source = file.At(row.Line),
                Original = row.Describe(table.Header, columns),
                Chromosome = chromosome,
                Start = from!.Value,
                End = to!.Value,
                MajorCopies = majorCopies,
                MinorCopies = minorCopies,
                LossOfHeterozygosity = minorCopies is null ? null : minorCopies == 0,
            });
        }

        if (count > 0)
        {
            builder.Warn(ImportProblem.Warning("segments-need-gene-mapping", file.Name, table.HeaderLine, null,
                $"{count} copy-number segments name no genes; they need mapping to genes with a gene-coordinate table before " +
                "rules can use them, so no gene-level copy-number call was made from them."));
        }

        return Task.CompletedTask;
    }
}
