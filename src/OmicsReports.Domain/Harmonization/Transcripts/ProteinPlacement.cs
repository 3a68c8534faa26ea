using OmicsReports.Domain.Cases;

namespace OmicsReports.Domain.Harmonization.Transcripts;

/// <summary>
/// Places a protein change on a transcript from its codons alone, for files that give no c. notation, and checks
/// that a c. and a p. notation describe the same place.
/// </summary>
internal static class ProteinPlacement
{
    // c. and p. notations shift repeats to their 3' end in different sequences (DNA versus protein), so the codons of
    // one in-frame event may differ by a few; alternates that matter differ by more (KIT GNNK-: 4, MET: 18 codons).
    private const int IndelSlack = 3;

    // The first amino acid a frameshift changes can lie some codons after the first changed base.
    private const int FrameshiftSlack = 50;

    public static Placement Place(TranscriptModel transcript, ProteinChange protein)
    {
        if (protein.Kind == ProteinChangeKind.Splice)
        {
            return Splice(transcript, protein.Start);
        }

        var last = protein.Kind == ProteinChangeKind.Extension ? transcript.ProteinLength + 1 : transcript.ProteinLength;
        if (protein.End > last)
        {
            return Placement.Not($"codon {protein.End} is beyond the {transcript.ProteinLength} codons of {transcript.RefSeq}");
        }

        var first = transcript.Exons.FirstOrDefault(e => e.HasCodon(protein.Start) && e.HasCodon(Math.Min(protein.End, transcript.ProteinLength)));
        return new Placement(first?.Number, null, null);
    }

    /// <summary>"p.X1010_splice": the codon must sit at an exon boundary; the intron there is the one affected.</summary>
    private static Placement Splice(TranscriptModel transcript, int codon)
    {
        var introns = new List<int>();
        for (var i = 0; i + 1 < transcript.Exons.Count; i++)
        {
            var (left, right) = (transcript.Exons[i], transcript.Exons[i + 1]);
            if (left.LastCodon == codon || right.FirstCodon == codon)
            {
                introns.Add(left.Number);
            }
        }

        return introns.Count == 1
            ? new Placement(null, introns[0], new SpliceSite(null, null, introns[0], $"codon {codon}", Canonical: true))
            : Placement.Not(introns.Count == 0
                ? $"codon {codon} is not at an exon boundary of {transcript.RefSeq}"
                : $"codon {codon} touches several exon boundaries of {transcript.RefSeq}");
    }

    /// <summary>Null when the c. and p. notations agree on this transcript, else why they do not.</summary>
    public static string? Disagreement(TranscriptModel transcript, CodingChange coding, ProteinChange protein)
    {
        var anchor = coding.Start.Anchor;
        if (protein.Kind == ProteinChangeKind.Splice)
        {
            var codon = anchor.Codon ?? coding.End.Anchor.Codon;
            return codon == protein.Start ? null
                : $"{coding.Text} is at codon {Text(codon)}, not {protein.Start}, on {transcript.RefSeq}";
        }

        if (anchor.Codon is not { } startCodon || coding.End.Anchor.Codon is not { } endCodon)
        {
            return null; // a change in a UTR or an intron has no codon to compare
        }

        var (low, high) = protein.Kind switch
        {
            ProteinChangeKind.Substitution or ProteinChangeKind.Nonsense or ProteinChangeKind.Silent
                or ProteinChangeKind.StartLoss when !coding.IsRange => (startCodon, startCodon),
            ProteinChangeKind.Frameshift => (startCodon - 1, endCodon + FrameshiftSlack),
            _ => (startCodon - IndelSlack, endCodon + IndelSlack),
        };
        return protein.Start <= high && protein.End >= low ? null
            : $"{coding.Text} is at codon{(startCodon == endCodon ? $" {startCodon}" : $"s {startCodon}-{endCodon}")}, not {protein.Start}, on {transcript.RefSeq}";
    }

    private static string Text(int? codon) => codon is { } c ? c.ToString(System.Globalization.CultureInfo.InvariantCulture) : "none";
}
