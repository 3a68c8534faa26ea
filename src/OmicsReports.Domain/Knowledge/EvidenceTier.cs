namespace OmicsReports.Domain.Knowledge;

/// <summary>
/// AMP/ASCO/CAP 2017 tiers and levels (Li et al., J Mol Diagn 2017;19:4-23), computed per patient: the same
/// biomarker can be IA in one tumour type and IIC in another.
/// </summary>
public enum EvidenceTier
{
    /// <summary>Tier I, level A: FDA-approved therapy or professional guideline in this tumour type.</summary>
    IA,

    /// <summary>Tier I, level B: well-powered studies with consensus of experts in the field.</summary>
    IB,

    /// <summary>Tier II, level C: FDA-approved in another tumour type, or an inclusion criterion for trials.</summary>
    IIC,

    /// <summary>Tier II, level D: preclinical studies or case reports without consensus.</summary>
    IID,

    /// <summary>Tier III: variant of unknown clinical significance.</summary>
    III,
}
