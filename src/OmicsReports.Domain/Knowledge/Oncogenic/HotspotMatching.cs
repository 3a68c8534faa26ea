using System.Globalization;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;
using OmicsReports.Domain.Harmonization.Transcripts;

namespace OmicsReports.Domain.Knowledge;

/// <summary>
/// Whether a variant is the recurrent change a hotspot entry describes. Codons are compared as written: hotspot
/// tables number them on their own transcript, which for most genes is the MANE Select (see docs/knowledge-base.md).
/// </summary>
internal static class HotspotMatching
{
    public static bool Matches(Hotspot hotspot, ProteinChange protein) => hotspot.Kind switch
    {
        HotspotKind.Curated => hotspot.Change is null
            ? protein.Kind == ProteinChangeKind.Substitution && protein.Start == hotspot.Codon
            : string.Equals(protein.ShortForm, hotspot.Change, StringComparison.Ordinal),
        HotspotKind.Missense => protein.Kind == ProteinChangeKind.Substitution && protein.Start == hotspot.Codon
            && Contains(hotspot.Observed, protein.Alternate),
        HotspotKind.Nonsense => protein.Kind == ProteinChangeKind.Nonsense && protein.Start == hotspot.Codon,
        HotspotKind.InFrameIndel => IsInFrameIndel(protein) && protein.Start >= hotspot.Codon && protein.End <= hotspot.End,
        HotspotKind.Splice => protein.Kind == ProteinChangeKind.Splice && protein.Start == hotspot.Codon,
        _ => false,
    };

    /// <summary>As <see cref="Matches(Hotspot, ProteinChange)"/>, also for splice changes given only in c. notation.</summary>
    public static bool Matches(Hotspot hotspot, SmallVariant variant)
    {
        if (variant.Protein is { } protein && Matches(hotspot, protein))
        {
            return true;
        }

        // "c.3028+1G>T" without a p. change: a canonical splice change next to the hotspot's codon.
        return hotspot.Kind == HotspotKind.Splice && variant.Location?.IsCanonicalSplice == true
            && CodingNotation.Parse(variant.HgvsC) is { } coding && coding.Start.Anchor.Codon == hotspot.Codon;
    }

    public static string Describe(Hotspot hotspot)
    {
        var cohort = hotspot.Tumours is { } n ? $", seen in {n.ToString(CultureInfo.InvariantCulture)} tumours" : string.Empty;
        return hotspot.Kind == HotspotKind.Curated
            ? $"listed hotspot {hotspot.Label}"
            : $"recurrent hotspot {hotspot.Label}{cohort}";
    }

    private static bool IsInFrameIndel(ProteinChange protein) => protein.Kind is ProteinChangeKind.Deletion
        or ProteinChangeKind.Insertion or ProteinChangeKind.Duplication or ProteinChangeKind.DeletionInsertion;

    private static bool Contains(IReadOnlyList<string> values, string? value)
    {
        foreach (var candidate in values)
        {
            if (string.Equals(candidate, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
