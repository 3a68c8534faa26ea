using System.Globalization;
using OmicsReports.Domain.Cases;

namespace OmicsReports.Domain.Harmonization.Transcripts;

/// <summary>
/// The reading-frame effect of a change: from c. lengths when the change lies in coding exons (a deletion of 15
/// bases is in frame, of 14 a frameshift), else from the protein change. Also whether it is an in-frame duplication,
/// the form an internal tandem duplication takes in HGVS.
/// </summary>
internal static class FrameEffects
{
    public static (FrameEffect Effect, bool TandemDuplication, string? Text) Of(CodingChange? coding, ProteinChange? protein)
    {
        if (coding is { IsExonicCoding: true, NetLength: { } net } && coding.Kind != CodingChangeKind.Substitution
            && coding.Kind != CodingChangeKind.NoChange && coding.Kind != CodingChangeKind.Inversion)
        {
            var bases = Math.Abs(net);
            if (net % 3 != 0)
            {
                return (FrameEffect.Frameshift, false, $"frameshift ({Bases(net)})");
            }

            var duplication = coding.Kind == CodingChangeKind.Duplication;
            var effect = net < 0 ? FrameEffect.InFrameDeletion : net > 0 ? FrameEffect.InFrameInsertion : FrameEffect.InFrameDeletionInsertion;
            var what = effect switch
            {
                FrameEffect.InFrameDeletion => $"in-frame deletion of {bases} bases ({bases / 3} codons)",
                FrameEffect.InFrameInsertion when duplication => $"in-frame tandem duplication of {bases} bases ({bases / 3} codons)",
                FrameEffect.InFrameInsertion => $"in-frame insertion of {bases} bases ({bases / 3} codons)",
                _ => "in-frame deletion-insertion",
            };
            return (effect, duplication, what);
        }

        return protein?.Kind switch
        {
            ProteinChangeKind.Deletion => (FrameEffect.InFrameDeletion, false, $"in-frame deletion of {Codons(protein)}"),
            ProteinChangeKind.Duplication => (FrameEffect.InFrameInsertion, true, $"in-frame tandem duplication of {Codons(protein)}"),
            ProteinChangeKind.Insertion => (FrameEffect.InFrameInsertion, false, $"in-frame insertion of {Residues(protein.Alternate)}"),
            ProteinChangeKind.DeletionInsertion => DelIns(protein),
            ProteinChangeKind.Frameshift => (FrameEffect.Frameshift, false, "frameshift"),
            _ => (FrameEffect.Unknown, false, null),
        };
    }

    private static (FrameEffect, bool, string?) DelIns(ProteinChange protein)
    {
        var net = (protein.Alternate?.Length ?? 0) - (protein.End - protein.Start + 1);
        var effect = net < 0 ? FrameEffect.InFrameDeletion : net > 0 ? FrameEffect.InFrameInsertion : FrameEffect.InFrameDeletionInsertion;
        return (effect, false, "in-frame deletion-insertion");
    }

    private static string Codons(ProteinChange protein)
    {
        var count = protein.End - protein.Start + 1;
        return count == 1 ? $"codon {protein.Start}" : $"{count} codons ({protein.Start}-{protein.End})";
    }

    private static string Residues(string? inserted) => inserted is { Length: > 0 } r
        ? $"{r.Length.ToString(CultureInfo.InvariantCulture)} residue{(r.Length == 1 ? string.Empty : "s")}"
        : "residues";

    private static string Bases(int net) =>
        $"{(net < 0 ? "deletion" : "insertion")} of {Math.Abs(net).ToString(CultureInfo.InvariantCulture)} bases";
}
