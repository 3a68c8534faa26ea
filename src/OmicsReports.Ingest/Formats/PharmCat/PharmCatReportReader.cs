using System.Text.Json;
using OmicsReports.Ingest.Formats.Common;
using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Ingest.Formats.PharmCat;

/// <summary>
/// PharmCAT's Reporter JSON (report.json): per gene the called diplotype, phenotypes, activity score and call source,
/// and per drug the matched CPIC/DPWG/FDA guidance. Deserialized from the stream into a small typed model; a second
/// streaming pass finds the line of each gene. The file names no sample.
/// </summary>
public sealed class PharmCatReportReader : IFormatReader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { AllowTrailingCommas = false };

    public string Format => "pharmcat-report";

    public Detection Detect(FileSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        if (!sniff.LooksLikeJsonObject)
        {
            return Detection.No;
        }

        return sniff.Head.Contains("\"pharmcatVersion\"", StringComparison.Ordinal) && sniff.Head.Contains("\"genes\"", StringComparison.Ordinal)
            ? Detection.Signature
            : Detection.No;
    }

    public async Task ReadAsync(InputFile file, ImportSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(session);
        PharmCatReport? report;
        await using (var stream = Utf8Input.Open(file))
        {
            try
            {
                report = await JsonSerializer.DeserializeAsync<PharmCatReport>(stream, Options, cancellationToken);
            }
            catch (JsonException ex)
            {
                JsonProblems.Report(ex, file, session);
                return;
            }
        }

        if (report?.Genes is null)
        {
            session.Error("schema", file, 1, 1,
                "The report has no \"genes\" object; OmicsReports reads PharmCAT's report.json (not match.json or phenotype.json).");
            return;
        }

        IReadOnlyDictionary<string, int> lines;
        await using (var stream = Utf8Input.Open(file))
        {
            lines = await JsonPropertyLines.FindAsync(stream, "genes", cancellationToken);
        }

        new PharmCatMapper(file, session, lines).Map(report);
    }
}
