using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;
using OmicsReports.Domain.Knowledge.Criteria;

namespace OmicsReports.Domain.Knowledge.Matching;

/// <summary>
/// Decides a variant's alteration class from its harmonized consequence, its protein change, or what harmonization
/// derived from its c. notation (<see cref="SmallVariant.Location"/>: canonical splice site, frame). Any suffices:
/// MAF, VEP and SnpEff files disagree on which of them they fill in.
/// </summary>
public static class VariantClasses
{
    public static bool Is(SmallVariant variant, ConsequenceClass consequenceClass)
    {
        ArgumentNullException.ThrowIfNull(variant);
        var protein = variant.Protein;
        var location = variant.Location;
        return consequenceClass switch
        {
            ConsequenceClass.Missense => variant.Consequence == VariantConsequence.Missense
                || protein?.Kind == ProteinChangeKind.Substitution,
            ConsequenceClass.InframeDeletion => variant.Consequence == VariantConsequence.InframeDeletion
                || protein?.Kind == ProteinChangeKind.Deletion
                || NetLength(protein) < 0
                || location?.Frame == FrameEffect.InFrameDeletion,
            ConsequenceClass.InframeInsertion => variant.Consequence == VariantConsequence.InframeInsertion
                || protein?.Kind is ProteinChangeKind.Insertion or ProteinChangeKind.Duplication
                || NetLength(protein) > 0
                || location?.Frame == FrameEffect.InFrameInsertion,
            ConsequenceClass.Truncating => variant.Consequence is VariantConsequence.Nonsense
                    or VariantConsequence.FrameshiftDeletion or VariantConsequence.FrameshiftInsertion or VariantConsequence.Frameshift
                    or VariantConsequence.SpliceSite or VariantConsequence.StartLost
                || protein?.IsTruncating == true
                || location?.Frame == FrameEffect.Frameshift
                || location?.IsCanonicalSplice == true,
            ConsequenceClass.SpliceSite => variant.Consequence == VariantConsequence.SpliceSite
                || protein?.Kind == ProteinChangeKind.Splice
                || location?.IsCanonicalSplice == true,
            _ => throw new ArgumentOutOfRangeException(nameof(consequenceClass), consequenceClass, "Unknown class."),
        };
    }

    /// <summary>True when the variant's origin satisfies the rule's requirement.</summary>
    public static bool HasOrigin(SmallVariant variant, OriginRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(variant);
        return requirement switch
        {
            OriginRequirement.Any => true,
            OriginRequirement.Somatic => variant.Origin != VariantOrigin.Germline,
            OriginRequirement.Germline => variant.Origin == VariantOrigin.Germline,
            _ => throw new ArgumentOutOfRangeException(nameof(requirement), requirement, "Unknown origin."),
        };
    }

    /// <summary>Residues gained (positive) or lost (negative) by a deletion-insertion; 0 when unknown or not a delins.</summary>
    private static int NetLength(ProteinChange? protein) =>
        protein is { Kind: ProteinChangeKind.DeletionInsertion, Alternate: { } inserted }
            ? inserted.Length - (protein.End - protein.Start + 1)
            : 0;
}
