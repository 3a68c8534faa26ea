using System.Text.Json.Serialization;

namespace OmicsReports.Domain.Knowledge.Criteria;

/// <summary>
/// One condition of a rule. The set is closed: every kind is a sealed record in this folder, a rule file can only
/// name these, and <see cref="Matching.CriterionEvaluator"/> handles each in one switch. There are no expression
/// strings, so a curator reads a rule as data and the compiler checks every case. The JSON form (used to compare
/// rules between knowledge-base versions) names the kind in "type".
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ProteinChangeCriterion), "protein-change")]
[JsonDerivedType(typeof(CodonCriterion), "codons")]
[JsonDerivedType(typeof(ExonCriterion), "exon")]
[JsonDerivedType(typeof(ConsequenceCriterion), "consequence")]
[JsonDerivedType(typeof(ExonSkippingCriterion), "exon-skipping")]
[JsonDerivedType(typeof(OncogenicCriterion), "oncogenic")]
[JsonDerivedType(typeof(CopyNumberCriterion), "copy-number")]
[JsonDerivedType(typeof(FusionCriterion), "fusion")]
[JsonDerivedType(typeof(TmbCriterion), "tmb")]
[JsonDerivedType(typeof(MsiCriterion), "msi")]
[JsonDerivedType(typeof(MmrCriterion), "mmr")]
[JsonDerivedType(typeof(ExpressionCriterion), "expression")]
[JsonDerivedType(typeof(IhcCriterion), "ihc")]
[JsonDerivedType(typeof(Her2Criterion), "her2")]
[JsonDerivedType(typeof(PharmacogenomicCriterion), "pgx")]
[JsonDerivedType(typeof(HrdCriterion), "hrd")]
[JsonDerivedType(typeof(HlaCriterion), "hla")]
[JsonDerivedType(typeof(AllOfCriterion), "all-of")]
[JsonDerivedType(typeof(AnyOfCriterion), "any-of")]
[JsonDerivedType(typeof(NoneOfCriterion), "none-of")]
public abstract record Criterion
{
    // Only records of this assembly can derive: the set stays closed.
    private protected Criterion()
    {
    }

    /// <summary>Genes the criterion looks at, for validation against the gene table.</summary>
    [JsonIgnore]
    public abstract IEnumerable<string> Genes { get; }
}

/// <summary>Whether a variant must be somatic or germline for a rule to apply.</summary>
public enum OriginRequirement
{
    /// <summary>Either origin (the default).</summary>
    Any,

    /// <summary>Tumour-acquired; variants of unknown origin from tumour-only sequencing count as somatic.</summary>
    Somatic,

    /// <summary>Constitutional; only variants the input marks as germline.</summary>
    Germline,
}

/// <summary>Alteration classes a rule can ask for, independent of the exact protein change.</summary>
public enum ConsequenceClass
{
    /// <summary>Amino-acid substitution.</summary>
    Missense,

    /// <summary>In-frame deletion, including deletion-insertions that shorten the protein.</summary>
    InframeDeletion,

    /// <summary>In-frame insertion or duplication, including deletion-insertions that lengthen the protein.</summary>
    InframeInsertion,

    /// <summary>Nonsense, frameshift, canonical splice site or start loss.</summary>
    Truncating,

    /// <summary>A canonical splice donor or acceptor site (the two intronic bases at either end of an exon).</summary>
    SpliceSite,
}
