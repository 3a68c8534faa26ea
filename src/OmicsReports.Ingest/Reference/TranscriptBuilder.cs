using OmicsReports.Domain.Harmonization.Transcripts;

namespace OmicsReports.Ingest.Reference;

/// <summary>Collects the exon rows of one transcript and checks that they form a transcript before it is kept.</summary>
internal sealed class TranscriptBuilder(string gene, TranscriptRole role, string selectedBy, string refSeq, string? ensembl)
{
    private readonly List<TranscriptExon> exons = [];
    private int? declaredCount;
    private int firstLine;
    private bool broken;

    public string Gene => gene;

    public string RefSeq => refSeq;

    public void Add(TsvTable table, int line, TranscriptExon exon, int? exonCount)
    {
        firstLine = exons.Count == 0 ? line : firstLine;
        declaredCount ??= exonCount;
        if (exon.Number != exons.Count + 1)
        {
            Fail(table, line, 6, $"exon {exon.Number} of {refSeq} follows exon {exons.Count}; exons must be numbered 1, 2, 3...");
        }
        else if (exons.Count > 0 && !Follows(exons[^1], exon))
        {
            Fail(table, line, 8, $"exon {exon.Number} of {refSeq} starts at c.{exon.Start}, which does not follow c.{exons[^1].End}");
        }
        else if (exon.FirstCodon is { } codon && exon.Start.Codon is { } startCodon && codon != startCodon)
        {
            Fail(table, line, 10, $"exon {exon.Number} of {refSeq} starts in codon {startCodon}, not {codon}");
        }

        exons.Add(exon);
    }

    public void Finish(TsvTable table, List<TranscriptModel> transcripts)
    {
        if (declaredCount != exons.Count)
        {
            Fail(table, firstLine, 7, $"{refSeq} declares {declaredCount} exons but lists {exons.Count}");
        }

        if (!exons.Any(e => e.FirstCodon is not null))
        {
            Fail(table, firstLine, 10, $"{refSeq} has no coding exon");
        }

        if (!broken)
        {
            transcripts.Add(new TranscriptModel { Gene = gene, Role = role, SelectedBy = selectedBy, RefSeq = refSeq, Ensembl = ensembl, Exons = [.. exons] });
        }
    }

    /// <summary>Consecutive exons touch in transcript coordinates: c.145 then c.146, c.-1 then c.1, c.-20 then c.-19.</summary>
    private static bool Follows(TranscriptExon previous, TranscriptExon next)
    {
        var (end, start) = (previous.End, next.Start);
        return (end.Region, start.Region) switch
        {
            (CodingRegion.FivePrimeUtr, CodingRegion.FivePrimeUtr) => start.Base == end.Base - 1,
            (CodingRegion.FivePrimeUtr, CodingRegion.Coding) => end.Base == 1 && start.Base == 1,
            (CodingRegion.Coding, CodingRegion.Coding) => start.Base == end.Base + 1,
            (CodingRegion.Coding, CodingRegion.ThreePrimeUtr) => start.Base == 1,
            (CodingRegion.ThreePrimeUtr, CodingRegion.ThreePrimeUtr) => start.Base == end.Base + 1,
            _ => false,
        };
    }

    private void Fail(TsvTable table, int line, int column, string message)
    {
        broken = true;
        table.Error(line, column, message);
    }
}
