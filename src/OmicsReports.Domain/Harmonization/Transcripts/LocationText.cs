using System.Globalization;
using OmicsReports.Domain.Cases;

namespace OmicsReports.Domain.Harmonization.Transcripts;

/// <summary>The sentences that explain a derivation: "exon 14 splice donor (+1), from c.3028+1G&gt;T on NM_000245.4 (MANE Select)".</summary>
internal static class LocationText
{
    /// <summary>The sentence for a location, from its fields.</summary>
    public static string Explain(VariantLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        var what = What(location.Exon, location.Intron, location.Splice, FrameText(location));
        if (location.Choice == TranscriptChoice.None)
        {
            return $"{Capitalise(what ?? "splice site")}, from {location.Basis}; exon not derived ({location.Note ?? "no transcript fits"}).";
        }

        var why = location.Choice switch
        {
            TranscriptChoice.NamedByFile => "the transcript the file names" + (location.Note is { } n ? $"; {n}" : string.Empty),
            TranscriptChoice.Alternate => location.Note ?? "alternate transcript",
            _ => "MANE Select; the file names no transcript",
        };
        return $"{Capitalise(what ?? "position")}, from {location.Basis} on {location.Transcript} ({why}).";
    }

    /// <summary>The note of an alternate: which list holds it and why the MANE Select did not fit.</summary>
    public static string AlternateNote(TranscriptModel transcript, IReadOnlyList<string> misfits) =>
        $"{transcript.SelectedBy}; the notation does not fit the MANE Select: {string.Join("; ", misfits)}";

    /// <summary>"in-frame deletion of 15 bases (5 codons)" from c. lengths, else the frame in words.</summary>
    public static string? FrameText(VariantLocation location)
    {
        if (location.Frame == FrameEffect.Unknown)
        {
            return null;
        }

        if (CodingNotation.Parse(location.Basis) is { IsExonicCoding: true } coding && FrameEffects.Of(coding, null).Text is { } exact)
        {
            return exact;
        }

        return location.Frame switch
        {
            FrameEffect.InFrameDeletion => "in-frame deletion",
            FrameEffect.InFrameInsertion => location.TandemDuplication ? "in-frame tandem duplication" : "in-frame insertion",
            FrameEffect.InFrameDeletionInsertion => "in-frame deletion-insertion",
            _ => "frameshift",
        };
    }

    /// <summary>"exon 19, in-frame deletion of 15 bases (5 codons)", "exon 14 splice donor (+1)", "intron 13".</summary>
    public static string? What(int? exon, int? intron, SpliceSite? splice, string? frameText)
    {
        var parts = new List<string>();
        if (splice is not null)
        {
            parts.Add(splice.Describe());
        }
        else if (exon is { } e)
        {
            parts.Add($"exon {e}");
        }
        else if (intron is { } i)
        {
            parts.Add($"intron {i}, outside the splice site");
        }

        if (frameText is not null)
        {
            parts.Add(frameText);
        }

        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    /// <summary>Set when the file's exon or intron differs from the derived one.</summary>
    public static string? Disagreement(VariantLocation location, int? fileExon, int? fileIntron)
    {
        var exonDiffers = fileExon is { } fe && location.Exon is { } de && fe != de;
        var intronDiffers = fileIntron is { } fi && location.Intron is { } di && fi != di;
        if (!exonDiffers && !intronDiffers)
        {
            return null;
        }

        var file = exonDiffers ? $"exon {fileExon}" : $"intron {fileIntron}";
        var derived = exonDiffers ? $"exon {location.Exon}" : $"intron {location.Intron}";
        return $"the file gives {file}, but {location.Basis} is in {derived} of {location.Transcript}";
    }

    /// <summary>A note when the file names another (or possibly another) version of a table transcript, whose exons may differ.</summary>
    public static string? VersionNote(string hint, TranscriptModel named)
    {
        var tableAccession = hint.StartsWith("ENST", StringComparison.OrdinalIgnoreCase) ? named.Ensembl ?? named.RefSeq : named.RefSeq;
        if (!hint.Contains('.', StringComparison.Ordinal) || string.Equals(hint, tableAccession, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return tableAccession.Contains('.', StringComparison.Ordinal)
            ? $"the file names {hint}; the table holds {tableAccession}, whose exons may be numbered differently"
            : $"the file names {hint}; the table holds {tableAccession} without a version, whose exons may be numbered differently";
    }

    /// <summary>The splice position of an intronic c. position on its own, without a transcript (no exon number).</summary>
    public static SpliceSite? SpliceFromOffset(CodingPosition position)
    {
        var distance = Math.Abs(position.Offset);
        if (distance > (position.Offset > 0 ? 6 : 20))
        {
            return null;
        }

        var text = (position.Offset > 0 ? "+" : string.Empty) + position.Offset.ToString(CultureInfo.InvariantCulture);
        return new SpliceSite(position.Offset > 0 ? SpliceSide.Donor : SpliceSide.Acceptor, null, null, text, distance <= 2);
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
