using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Pipeline;
using OmicsReports.Ingest.Text;

namespace OmicsReports.Ingest.Formats.Clinical;

/// <summary>
/// Clinical tables: cBioPortal sample and patient attribute files (four '#' rows of display name, description,
/// datatype and priority above the header) and plain SAMPLE_ID/ONCOTREE_CODE tables such as oncokb-annotator's.
/// Sample files declare the samples of the import; later data rows naming other samples are refused.
/// </summary>
public sealed class ClinicalReader : IFormatReader
{
    private static readonly string[] Datatypes = ["STRING", "NUMBER", "BOOLEAN"];

    public string Format => "clinical";

    public int Order => ReaderOrder.Clinical;

    public Detection Detect(FileSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        var header = sniff.HeaderColumns();
        var hasId = header.Contains("SAMPLE_ID", StringComparer.OrdinalIgnoreCase) || header.Contains("PATIENT_ID", StringComparer.OrdinalIgnoreCase);
        if (!hasId)
        {
            return Detection.No;
        }

        var typed = sniff.Lines.Count > 4 && sniff.Lines.Take(4).All(l => l.StartsWith('#'))
            && sniff.Lines[2].TrimStart('#').Split('\t').All(t => Datatypes.Contains(t.Trim(), StringComparer.OrdinalIgnoreCase));
        if (typed)
        {
            return Detection.Signature;
        }

        return header.Any(h => !h.Equals("PATIENT_ID", StringComparison.OrdinalIgnoreCase) && ClinicalColumns.Known.Contains(h, StringComparer.OrdinalIgnoreCase))
            ? Detection.Header
            : Detection.No;
    }

    public Task ReadAsync(InputFile file, ImportSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        using var table = TabularReader.Open(file, session);
        if (table is null)
        {
            return Task.CompletedTask;
        }

        var columns = ClinicalColumns.Locate(table);
        if (columns.Sample < 0 && columns.Patient < 0)
        {
            table.Require("SAMPLE_ID", "PATIENT_ID");
            return Task.CompletedTask;
        }

        var mapper = new ClinicalRowMapper(table, columns, session);
        var row = new TabularRow();
        while (table.Next(row))
        {
            mapper.Apply(row);
        }

        return Task.CompletedTask;
    }
}
