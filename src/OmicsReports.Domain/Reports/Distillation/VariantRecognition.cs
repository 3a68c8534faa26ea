using OmicsReports.Domain.Cases;

namespace OmicsReports.Domain.Reports.Distillation;

/// <summary>
/// Whether OmicsReports understood what a variant does. A variant whose change it could not read or place (no
/// protein change, no splice site or exon derived from its c. notation, and no consequence that settles it) must not
/// let its gene be reported as tested and normal: that would be a false pertinent negative.
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

        var located = variant.Location is { } location && (location.Choice != TranscriptChoice.None || location.Splice is not null);
        return !located && variant.Consequence is VariantConsequence.Other or VariantConsequence.SpliceSite or VariantConsequence.SpliceRegion
            or VariantConsequence.InframeDeletion or VariantConsequence.InframeInsertion or VariantConsequence.Frameshift
            or VariantConsequence.FrameshiftDeletion or VariantConsequence.FrameshiftInsertion;
    }
}
