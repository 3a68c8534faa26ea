using System.Globalization;
using OmicsReports.Domain.Harmonization.Transcripts;

namespace OmicsReports.Ingest.Reference;

/// <summary>
/// Reads <c>knowledge/reference/transcripts.tsv</c>: one row per exon of each transcript (MANE Select, then
/// alternates), with the exon's c. start and end and the codons its coding part spans. Checks that each transcript's
/// exons are numbered 1..n, follow each other in transcript order, and agree with their codons.
/// </summary>
public static class TranscriptTableReader
{
    public const string FileName = "transcripts.tsv";

    public static readonly IReadOnlyList<string> Columns =
        ["gene", "role", "selected_by", "refseq", "ensembl", "exon", "exon_count", "c_start", "c_end", "codon_first", "codon_last"];

    public static ReferenceTable<TranscriptModel> ReadFile(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        return Read(reader, Path.GetFileName(path));
    }

    public static ReferenceTable<TranscriptModel> Read(TextReader reader, string file)
    {
        var table = new TsvTable(file, Columns);
        var transcripts = new List<TranscriptModel>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        TranscriptBuilder? current = null;
        foreach (var (line, cells) in table.Rows(reader))
        {
            if (Exon(table, line, cells) is not { } exon)
            {
                continue;
            }

            var refseq = cells[3].Trim();
            if (current is null || !string.Equals(current.RefSeq, refseq, StringComparison.Ordinal) || current.Gene != cells[0].Trim())
            {
                current?.Finish(table, transcripts);
                if (Start(table, line, cells, seen) is not { } started)
                {
                    current = null;
                    continue;
                }

                current = started;
            }

            current.Add(table, line, exon, Int(cells[6]));
        }

        current?.Finish(table, transcripts);
        return new ReferenceTable<TranscriptModel>(transcripts, table.Problems) { Metadata = table.Metadata };
    }

    /// <summary>Reads the table and builds the catalog; throws with every located error when the table is broken.</summary>
    public static TranscriptCatalog LoadCatalog(string path)
    {
        var table = ReadFile(path);
        return new TranscriptCatalog(table.RowsOrThrow(), table.Metadata.TryGetValue("version", out var v) ? v : "unversioned");
    }

    private static TranscriptBuilder? Start(TsvTable table, int line, string[] cells, HashSet<string> seen)
    {
        var role = cells[1].Trim() switch
        {
            "mane-select" => TranscriptRole.ManeSelect,
            "alternate" => TranscriptRole.Alternate,
            var other => (TranscriptRole?)null,
        };
        if (role is null)
        {
            table.Error(line, 2, $"'{cells[1].Trim()}' is not a role (mane-select or alternate)");
            return null;
        }

        var refseq = cells[3].Trim();
        if (!refseq.StartsWith("NM_", StringComparison.Ordinal) || !seen.Add(TranscriptModel.WithoutVersion(refseq)))
        {
            table.Error(line, 4, $"'{refseq}' is not a RefSeq NM accession, or the table lists it twice");
            return null;
        }

        var ensembl = cells[4].Trim();
        return new TranscriptBuilder(cells[0].Trim(), role.Value, cells[2].Trim(), refseq, ensembl.Length > 0 ? ensembl : null);
    }

    private static TranscriptExon? Exon(TsvTable table, int line, string[] cells)
    {
        if (Int(cells[5]) is not { } number || number < 1)
        {
            table.Error(line, 6, $"'{cells[5]}' is not an exon number");
            return null;
        }

        if (!CodingPosition.TryParse(cells[7].Trim(), out var start) || start.IsIntronic
            || !CodingPosition.TryParse(cells[8].Trim(), out var end) || end.IsIntronic || end.Order < start.Order)
        {
            table.Error(line, 8, $"'{cells[7]}'..'{cells[8]}' is not a c. range (e.g. -186..145, 146..*20)");
            return null;
        }

        var (first, last) = (Int(cells[9]), Int(cells[10]));
        if ((first is null) != (last is null) || first > last)
        {
            table.Error(line, 10, $"'{cells[9]}'..'{cells[10]}' is not a codon range");
            return null;
        }

        return new TranscriptExon(number, start, end, first, last);
    }

    private static int? Int(string text) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
