using OmicsReports.Ingest.Pipeline;
using OmicsReports.Ingest.Text;

namespace OmicsReports.Ingest.Formats.Maf;

/// <summary>Reads and harmonizes a MAF's rows in batches, touching nothing but the recorder (see <see cref="MafReader"/>).</summary>
internal sealed class MafRows(TabularReader table, MafColumns columns, MafRowMapper mapper, RecordedRowProblems recorder, ImportOptions options)
{
    private const int BatchSize = 2048;

    /// <summary>Parses every row, handing each full batch to <paramref name="give"/>; stops when it returns false.</summary>
    public void Parse(Func<List<MafParsedRow>, bool> give, CancellationToken cancellationToken)
    {
        var row = new TabularRow();
        var batch = new List<MafParsedRow>(BatchSize);
        var notes = new MafRowNotes();
        while (table.Next(row))
        {
            if ((row.Line & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var sampleId = table.Required(row, columns.Sample);
            var leading = recorder.Take();
            if (sampleId is null || !options.Wants(sampleId))
            {
                // A sample the import did not ask for never becomes a case, so its row is not read further.
                batch.Add(new MafParsedRow(row.Line, leading, sampleId, false, null, row.Invalid, null, null));
            }
            else
            {
                var variant = mapper.Map(row, notes);
                batch.Add(new MafParsedRow(row.Line, leading, sampleId, true, variant, row.Invalid, recorder.Take(), notes.IsEmpty ? null : notes));
                notes = notes.IsEmpty ? notes : new MafRowNotes();
            }

            if (batch.Count == BatchSize)
            {
                if (!give(batch))
                {
                    return;
                }

                batch = new List<MafParsedRow>(BatchSize);
            }
        }

        if (recorder.Take() is { } trailing)
        {
            batch.Add(new MafParsedRow(0, trailing, null, false, null, false, null, null));
        }

        give(batch);
    }
}
