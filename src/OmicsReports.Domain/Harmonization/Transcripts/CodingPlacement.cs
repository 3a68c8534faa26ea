using OmicsReports.Domain.Cases;

namespace OmicsReports.Domain.Harmonization.Transcripts;

/// <summary>
/// Places a c. change on a transcript: exon or intron, and the splice site it touches. Splice positions follow the
/// HGVS convention: donor +1/+2 and acceptor -1/-2 are the canonical dinucleotides; donor +3..+6 and acceptor
/// -3..-20 (branch point and polypyrimidine tract) are the splice region around them.
/// </summary>
internal static class CodingPlacement
{
    private const int DonorRegion = 6;
    private const int AcceptorRegion = 20;

    public static Placement Place(TranscriptModel transcript, CodingChange change)
    {
        if (TranscriptPoints.Resolve(transcript, change.Start, out var misfit) is not { } start)
        {
            return Placement.Not(misfit!);
        }

        if (TranscriptPoints.Resolve(transcript, change.End, out misfit) is not { } end)
        {
            return Placement.Not(misfit!);
        }

        if (!change.IsRange || change.Kind == CodingChangeKind.Substitution)
        {
            return Single(change.Start, start);
        }

        return Range(change, start, end);
    }

    private static Placement Single(CodingPosition position, PointOnTranscript point)
    {
        if (point.Exon is { } exon)
        {
            return new Placement(exon.Number, null, null);
        }

        var splice = SpliceAt(position, point.Anchor!.Number, point.Intron!.Value);
        return new Placement(splice?.Exon, point.Intron, splice);
    }

    private static Placement Range(CodingChange change, PointOnTranscript start, PointOnTranscript end)
    {
        var removes = change.Kind is CodingChangeKind.Deletion or CodingChangeKind.DeletionInsertion or CodingChangeKind.Inversion;
        if (start.Exon is { } a && end.Exon is { } b)
        {
            // Written without offsets, a range across exons still takes the intron between them with it.
            return a.Number == b.Number
                ? new Placement(a.Number, null, null)
                : new Placement(null, null, new SpliceSite(SpliceSide.Donor, a.Number, a.Number, "spanning", removes));
        }

        if (start.Exon is { } exonic && end.Intron is { } after && change.End.Offset > 0 && end.Anchor!.Number == exonic.Number)
        {
            return new Placement(exonic.Number, after, new SpliceSite(SpliceSide.Donor, exonic.Number, after, "spanning", removes));
        }

        if (end.Exon is { } exon3 && start.Intron is { } before && change.Start.Offset < 0 && start.Anchor!.Number == exon3.Number)
        {
            return new Placement(exon3.Number, before, new SpliceSite(SpliceSide.Acceptor, exon3.Number, before, "spanning", removes));
        }

        if (start.Intron is { } i1 && end.Intron is { } i2 && i1 == i2 && start.Anchor == end.Anchor)
        {
            return new Placement(null, i1, Within(change, start.Anchor!.Number, i1, removes));
        }

        // Both ends intronic around one exon (the whole exon removed), or further apart.
        var touched = start.Anchor!.Number;
        return new Placement(null, null, new SpliceSite(SpliceSide.Acceptor, touched, start.Intron ?? end.Intron, "spanning", removes));
    }

    /// <summary>A change inside one intron, next to one exon edge: canonical when it removes (or splits) the dinucleotide.</summary>
    private static SpliceSite? Within(CodingChange change, int exon, int intron, bool removes)
    {
        var (low, high) = (change.Start.Offset, change.End.Offset);
        var donor = low > 0;
        var covers = donor ? low <= 2 : high >= -2;
        var canonical = change.Kind == CodingChangeKind.Insertion
            ? (donor ? low == 1 && high == 2 : low == -2 && high == -1)
            : covers && removes;
        var nearest = donor ? low : -high;
        if (!covers && nearest > (donor ? DonorRegion : AcceptorRegion))
        {
            return null;
        }

        var position = change.Kind == CodingChangeKind.Insertion
            ? $"insertion between {Signed(low)} and {Signed(high)}"
            : $"{Signed(low)} to {Signed(high)}";
        return new SpliceSite(donor ? SpliceSide.Donor : SpliceSide.Acceptor, exon, intron, position, canonical);
    }

    /// <summary>A single intronic position: canonical at ±1/±2, splice region up to +6 / -20, otherwise none.</summary>
    private static SpliceSite? SpliceAt(CodingPosition position, int anchorExon, int intron)
    {
        var offset = position.Offset;
        var side = offset > 0 ? SpliceSide.Donor : SpliceSide.Acceptor;
        var distance = Math.Abs(offset);
        if (distance > (offset > 0 ? DonorRegion : AcceptorRegion))
        {
            return null;
        }

        return new SpliceSite(side, anchorExon, intron, Signed(offset), distance <= 2);
    }

    private static string Signed(int offset) =>
        (offset > 0 ? "+" : string.Empty) + offset.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
