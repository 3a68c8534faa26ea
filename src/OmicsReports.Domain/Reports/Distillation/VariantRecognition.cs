using OmicsReports.Domain.Cases;

namespace OmicsReports.Domain.Reports.Distillation;

/// <summary>
/// Whether OmicsReports understood what a variant does. A variant whose change it could not read or place on a
/// transcript (no protein change, no location derived from its c. notation, and no consequence that settles it) must
/// not let its gene be reported as tested and normal: that would be a false pertinent negative.
/// </summary>
public static class VariantRecognition
{
    public static bool IsUnrecognised(SmallVariant variant)
    {
        ArgumentNullException.ThrowIfNull(variant);
        if (variant.Protein is not null)
        {
            return false;
        }

        // A notation that fits no transcript of the table ("c.3082+1G>T" on NM_000245.4) was read but not placed; an
        // exonic base change without a protein change ("c.3029G>A") has no known effect.
        var explained = variant.Location is { Choice: not TranscriptChoice.None } location
            && (location.Splice is not null || location.Frame != FrameEffect.Unknown || location.Exon is null);
        return !explained && variant.Consequence is VariantConsequence.Other or VariantConsequence.SpliceSite or VariantConsequence.SpliceRegion
            or VariantConsequence.InframeDeletion or VariantConsequence.InframeInsertion or VariantConsequence.Frameshift
            or VariantConsequence.FrameshiftDeletion or VariantConsequence.FrameshiftInsertion;
    }
}
