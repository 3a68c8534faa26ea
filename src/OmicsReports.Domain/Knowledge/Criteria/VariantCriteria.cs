namespace OmicsReports.Domain.Knowledge.Criteria;

/// <summary>A criterion on small variants (SNVs and indels) of one gene.</summary>
public abstract record VariantCriterion : Criterion
{
    private protected VariantCriterion()
    {
    }

    /// <summary>Current HGNC symbol.</summary>
    public required string Gene { get; init; }

    public OriginRequirement Origin { get; init; }

    public override IEnumerable<string> Genes => [Gene];
}

/// <summary>An inclusive range of codons (amino-acid positions), e.g. 729-761, or a single codon.</summary>
public sealed record CodonRange(int From, int To)
{
    public bool Contains(int codon) => codon >= From && codon <= To;

    public override string ToString() => From == To ? $"{From}" : $"{From}-{To}";
}

/// <summary>
/// Exact protein changes in canonical one-letter form without "p." (e.g. "V600E", "E746_A750del"). Harmonization
/// maps "p.Val600Glu", "p.(V600E)" and "V600E" to the same form before matching.
/// </summary>
public sealed record ProteinChangeCriterion : VariantCriterion
{
    public required IReadOnlyList<string> Changes { get; init; }
}

/// <summary>
/// Changes whose first affected codon lies in one of <see cref="Codons"/>, optionally limited to an alteration class
/// and to (or excluding) particular new residues, e.g. KRAS codon 12 excluding C for "KRAS G12 other than G12C".
/// </summary>
public sealed record CodonCriterion : VariantCriterion
{
    public required IReadOnlyList<CodonRange> Codons { get; init; }

    public ConsequenceClass? Class { get; init; }

    /// <summary>New residues that qualify (one-letter codes); empty means any.</summary>
    public IReadOnlyList<string> Alternates { get; init; } = [];

    /// <summary>New residues that do not qualify, e.g. "C" for KRAS G12 other than G12C.</summary>
    public IReadOnlyList<string> ExcludedAlternates { get; init; } = [];
}

/// <summary>Variants annotated to one of <see cref="Exons"/>, optionally of one class (EGFR exon 19 in-frame deletion).</summary>
public sealed record ExonCriterion : VariantCriterion
{
    public required IReadOnlyList<int> Exons { get; init; }

    public ConsequenceClass? Class { get; init; }
}

/// <summary>Any variant of a consequence class anywhere in the gene, e.g. truncating BRCA2.</summary>
public sealed record ConsequenceCriterion : VariantCriterion
{
    public required ConsequenceClass Class { get; init; }
}

/// <summary>
/// Skipping of one exon: a splice-site variant in the exon or in either flanking intron (for MET exon 14: the
/// acceptor in intron 13 and the donor in intron 14), or an RNA-level junction joining the two neighbouring exons.
/// </summary>
public sealed record ExonSkippingCriterion : VariantCriterion
{
    public required int Exon { get; init; }
}

/// <summary>
/// "Oncogenic or truncating": a truncating variant when the knowledge base lists the gene as a tumour suppressor,
/// or a change on the knowledge base's curated hotspot list (see <see cref="OncogenicDefinition"/>).
/// </summary>
public sealed record OncogenicCriterion : VariantCriterion;
