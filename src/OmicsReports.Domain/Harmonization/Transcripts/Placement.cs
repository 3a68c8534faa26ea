using OmicsReports.Domain.Cases;

namespace OmicsReports.Domain.Harmonization.Transcripts;

/// <summary>
/// Where a change sits on one transcript, or why it does not fit it (<see cref="Misfit"/>), e.g. "c.3082 is not the
/// last base of an exon of NM_000245.4".
/// </summary>
internal sealed record Placement(int? Exon, int? Intron, SpliceSite? Splice, string? Misfit = null)
{
    public bool Fits => Misfit is null;

    public static Placement Not(string why) => new(null, null, null, why);
}

/// <summary>One end of a c. change resolved on a transcript: the exon holding the base, or the intron after or before it.</summary>
internal readonly record struct PointOnTranscript(TranscriptExon? Exon, int? Intron, TranscriptExon? Anchor);

/// <summary>Resolves c. positions on a transcript: exonic bases to their exon, intronic ones to the exon edge they hang from.</summary>
internal static class TranscriptPoints
{
    public static PointOnTranscript? Resolve(TranscriptModel transcript, CodingPosition position, out string? misfit)
    {
        misfit = null;
        if (!position.IsIntronic)
        {
            if (transcript.ExonAt(position) is { } exon)
            {
                return new PointOnTranscript(exon, null, exon);
            }

            misfit = $"c.{position} lies outside {transcript.RefSeq}";
            return null;
        }

        var anchor = position.Anchor;
        foreach (var exon in transcript.Exons)
        {
            // c.N+k hangs from the last base of an exon (intron N follows exon N); c.N-k from the first base.
            if (position.Offset > 0 && exon.End == anchor && exon.Number < transcript.Exons.Count)
            {
                return new PointOnTranscript(null, exon.Number, exon);
            }

            if (position.Offset < 0 && exon.Start == anchor && exon.Number > 1)
            {
                return new PointOnTranscript(null, exon.Number - 1, exon);
            }
        }

        misfit = position.Offset > 0
            ? $"c.{anchor} is not the last base of an inner exon of {transcript.RefSeq}"
            : $"c.{anchor} is not the first base of an inner exon of {transcript.RefSeq}";
        return null;
    }
}
