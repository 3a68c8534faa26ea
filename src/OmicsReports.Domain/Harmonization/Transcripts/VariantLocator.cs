using OmicsReports.Domain.Cases;

namespace OmicsReports.Domain.Harmonization.Transcripts;

/// <summary>
/// Derives exon or intron, splice site and frame effect of a small variant from its c. and p. notation. The
/// transcript is the one the file names; when it names none (or one the table lacks), the MANE Select, then the
/// table's alternates, and a transcript is accepted only when the notation fits it (an intronic c. position must
/// hang from an exon edge, a splice codon must sit at an exon boundary, c. and p. must point at the same codons).
/// Pure and thread-safe.
/// </summary>
public sealed class VariantLocator(TranscriptCatalog catalog)
{
    public TranscriptCatalog Catalog { get; } = catalog ?? throw new ArgumentNullException(nameof(catalog));

    /// <summary>The variant with <see cref="SmallVariant.Location"/> set, or unchanged when there is nothing to derive.</summary>
    public SmallVariant Locate(SmallVariant variant)
    {
        ArgumentNullException.ThrowIfNull(variant);
        var coding = CodingNotation.Parse(variant.HgvsC);
        if (variant.Gene is not { } gene || (coding is null && variant.Protein is null))
        {
            return variant;
        }

        var hint = coding?.Accession ?? variant.Transcript;
        return Derive(gene, hint, coding, variant.Protein, variant.Exon, variant.Intron) is { } location
            ? variant with { Location = location }
            : variant;
    }

    /// <summary>The derivation for one variant; null when the notation gives nothing to derive.</summary>
    public VariantLocation? Derive(string gene, string? transcriptHint, CodingChange? coding, ProteinChange? protein, int? fileExon, int? fileIntron)
    {
        ArgumentNullException.ThrowIfNull(gene);
        if (coding is null && protein is null)
        {
            return null;
        }

        var basis = coding?.Text ?? protein!.Hgvs;
        var (frame, duplication, _) = FrameEffects.Of(coding, protein);
        var candidates = Candidates(gene, transcriptHint, out var choice, out var hintNote);
        var misfits = new List<string>();
        if (candidates.Count == 0 && hintNote is not null)
        {
            misfits.Add(hintNote);
        }

        foreach (var transcript in candidates)
        {
            var placement = Place(transcript, coding, protein);
            if (!placement.Fits)
            {
                misfits.Add(placement.Misfit!);
                continue;
            }

            var used = choice == TranscriptChoice.Canonical && transcript.Role == TranscriptRole.Alternate ? TranscriptChoice.Alternate : choice;
            var location = new VariantLocation
            {
                Transcript = transcript.RefSeq,
                Choice = used,
                Exon = placement.Exon,
                Intron = placement.Intron,
                Splice = placement.Splice,
                Frame = frame,
                TandemDuplication = duplication,
                Basis = basis,
                Note = used == TranscriptChoice.Alternate ? LocationText.AlternateNote(transcript, misfits) : hintNote,
            };
            return location with { Disagreement = LocationText.Disagreement(location, fileExon, fileIntron) };
        }

        return Unplaced(coding, protein, basis, frame, duplication, misfits, Catalog.Of(gene).Count == 0 ? $"{gene} has no transcript in the reference table" : null);
    }

    private static Placement Place(TranscriptModel transcript, CodingChange? coding, ProteinChange? protein)
    {
        if (coding is null)
        {
            return ProteinPlacement.Place(transcript, protein!);
        }

        var placement = CodingPlacement.Place(transcript, coding);
        if (placement.Fits && protein is not null && ProteinPlacement.Disagreement(transcript, coding, protein) is { } why)
        {
            return Placement.Not(why);
        }

        return placement;
    }

    private IReadOnlyList<TranscriptModel> Candidates(string gene, string? hint, out TranscriptChoice choice, out string? hintNote)
    {
        hintNote = null;
        choice = TranscriptChoice.Canonical;
        if (!string.IsNullOrWhiteSpace(hint))
        {
            if (Catalog.Find(hint) is { } named && named.Gene == gene)
            {
                choice = TranscriptChoice.NamedByFile;
                hintNote = LocationText.VersionNote(hint.Trim(), named);
                return [named];
            }

            // Exons and codons of a transcript the table lacks may be numbered differently from every transcript it
            // holds (ERG ENST00000442448 exon 3 is MANE exon 1), so nothing is placed on another transcript.
            hintNote = $"the file's transcript {hint.Trim()} is not in the reference table";
            choice = TranscriptChoice.None;
            return [];
        }

        return Catalog.Of(gene);
    }

    /// <summary>
    /// No transcript fits: the splice position of a single intronic c. position and the frame still follow from the
    /// notation alone. Null when nothing follows (no location is kept for a plain substitution).
    /// </summary>
    private static VariantLocation? Unplaced(
        CodingChange? coding, ProteinChange? protein, string basis, FrameEffect frame, bool duplication, List<string> misfits, string? noTranscripts)
    {
        var splice = coding is { Start.IsIntronic: true } && !coding.IsRange ? LocationText.SpliceFromOffset(coding.Start)
            : protein?.Kind == ProteinChangeKind.Splice ? new SpliceSite(null, null, null, $"codon {protein.Start}", true) : null;
        if (splice is null && frame == FrameEffect.Unknown)
        {
            return null;
        }

        return new VariantLocation
        {
            Choice = TranscriptChoice.None,
            Splice = splice,
            Frame = frame,
            TandemDuplication = duplication,
            Basis = basis,
            Note = noTranscripts ?? (misfits.Count > 0 ? string.Join("; ", misfits) : null),
        };
    }
}
