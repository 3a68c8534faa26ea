using OmicsReports.Domain.Reports;

namespace OmicsReports.Domain.Knowledge;

/// <summary>A gene's mode of action in cancer.</summary>
public enum GeneRole
{
    TumourSuppressor,
    Oncogene,
    Ambiguous,
}

/// <summary>A gene's role with the source that states it (IntOGen compendium, Vogelstein et al. 2013).</summary>
public sealed record GeneRoleEntry(string Gene, GeneRole Role, Reference Source);

/// <summary>Why a finding counts as oncogenic. JSON: kebab-case.</summary>
public enum OncogenicReason
{
    Hotspot,
    TruncatingInTumourSuppressor,
    SpliceSiteInTumourSuppressor,
    HomozygousDeletionOfTumourSuppressor,
}

/// <summary>The reason a finding counts as oncogenic, in words a report can show, with the source behind it.</summary>
public sealed record OncogenicBasis(OncogenicReason Reason, string Text, Reference Source)
{
    /// <summary>The short name of the reason: "hotspot", "truncating", "canonical splice site", "homozygous deletion".</summary>
    public string ShortName => Reason switch
    {
        OncogenicReason.Hotspot => "hotspot",
        OncogenicReason.TruncatingInTumourSuppressor => "truncating",
        OncogenicReason.SpliceSiteInTumourSuppressor => "canonical splice site",
        _ => "homozygous deletion",
    };
}
