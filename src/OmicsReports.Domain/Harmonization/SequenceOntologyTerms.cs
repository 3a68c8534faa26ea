using OmicsReports.Domain.Cases;

namespace OmicsReports.Domain.Harmonization;

/// <summary>
/// Sequence Ontology consequence terms as Ensembl VEP writes them, most severe first (Ensembl's "calculated
/// variant consequences" table), and what each means on our scale. The meanings follow the classification that
/// vcf2maf (mskcc/vcf2maf, GetVariantClassification) applies when it writes MAF files, so that a VCF and the MAF
/// made from it agree.
/// </summary>
internal static class SequenceOntologyTerms
{
    /// <summary>VEP's severity order; SnpEff-only terms follow the VEP term they refine.</summary>
    public static readonly IReadOnlyList<string> BySeverity =
    [
        "transcript_ablation", "splice_acceptor_variant", "splice_donor_variant", "splice_site_variant", "exon_loss_variant", "stop_gained",
        "frameshift_variant", "stop_lost", "start_lost", "initiator_codon_variant", "transcript_amplification",
        "feature_elongation", "feature_truncation", "inframe_insertion", "disruptive_inframe_insertion",
        "conservative_inframe_insertion", "inframe_deletion", "disruptive_inframe_deletion",
        "conservative_inframe_deletion", "missense_variant", "conservative_missense_variant", "rare_amino_acid_variant",
        "protein_altering_variant", "splice_donor_5th_base_variant", "splice_region_variant",
        "splice_donor_region_variant", "splice_polypyrimidine_tract_variant", "incomplete_terminal_codon_variant",
        "start_retained_variant", "stop_retained_variant", "synonymous_variant", "coding_sequence_variant",
        "mature_miRNA_variant", "5_prime_UTR_premature_start_codon_gain_variant", "5_prime_UTR_variant",
        "3_prime_UTR_variant", "UTR_variant", "non_coding_transcript_exon_variant", "non_coding_exon_variant", "intron_variant",
        "NMD_transcript_variant", "non_coding_transcript_variant", "nc_transcript_variant",
        "coding_transcript_variant", "upstream_gene_variant", "downstream_gene_variant", "TFBS_ablation",
        "TFBS_amplification", "TF_binding_site_variant", "regulatory_region_ablation",
        "regulatory_region_amplification", "regulatory_region_variant", "intergenic_variant", "intragenic_variant",
        "sequence_variant",
    ];

    /// <summary>Terms whose meaning does not depend on the alleles. Frameshift and protein-altering terms do.</summary>
    public static readonly IReadOnlyDictionary<string, VariantConsequence> Fixed =
        new Dictionary<string, VariantConsequence>(StringComparer.OrdinalIgnoreCase)
        {
            ["transcript_ablation"] = VariantConsequence.SpliceSite,
            ["splice_acceptor_variant"] = VariantConsequence.SpliceSite,
            ["splice_donor_variant"] = VariantConsequence.SpliceSite,

            // The parent terms of acceptor/donor and of 5'/3' UTR: what a report writes when it keeps only our scale.
            ["splice_site_variant"] = VariantConsequence.SpliceSite,
            ["UTR_variant"] = VariantConsequence.UntranslatedRegion,
            ["exon_loss_variant"] = VariantConsequence.SpliceSite,
            ["stop_gained"] = VariantConsequence.Nonsense,
            ["stop_lost"] = VariantConsequence.StopLost,
            ["start_lost"] = VariantConsequence.StartLost,
            ["initiator_codon_variant"] = VariantConsequence.StartLost,
            ["transcript_amplification"] = VariantConsequence.Intronic,
            ["inframe_insertion"] = VariantConsequence.InframeInsertion,
            ["disruptive_inframe_insertion"] = VariantConsequence.InframeInsertion,
            ["conservative_inframe_insertion"] = VariantConsequence.InframeInsertion,
            ["inframe_deletion"] = VariantConsequence.InframeDeletion,
            ["disruptive_inframe_deletion"] = VariantConsequence.InframeDeletion,
            ["conservative_inframe_deletion"] = VariantConsequence.InframeDeletion,
            ["missense_variant"] = VariantConsequence.Missense,
            ["conservative_missense_variant"] = VariantConsequence.Missense,
            ["rare_amino_acid_variant"] = VariantConsequence.Missense,
            ["coding_sequence_variant"] = VariantConsequence.Missense,
            ["splice_donor_5th_base_variant"] = VariantConsequence.SpliceRegion,
            ["splice_region_variant"] = VariantConsequence.SpliceRegion,
            ["splice_donor_region_variant"] = VariantConsequence.SpliceRegion,
            ["splice_polypyrimidine_tract_variant"] = VariantConsequence.SpliceRegion,
            ["incomplete_terminal_codon_variant"] = VariantConsequence.Silent,
            ["start_retained_variant"] = VariantConsequence.Silent,
            ["stop_retained_variant"] = VariantConsequence.Silent,
            ["synonymous_variant"] = VariantConsequence.Silent,
            ["NMD_transcript_variant"] = VariantConsequence.Silent,
            ["mature_miRNA_variant"] = VariantConsequence.NonCodingTranscript,
            ["non_coding_transcript_exon_variant"] = VariantConsequence.NonCodingTranscript,
            ["non_coding_exon_variant"] = VariantConsequence.NonCodingTranscript,
            ["non_coding_transcript_variant"] = VariantConsequence.NonCodingTranscript,
            ["nc_transcript_variant"] = VariantConsequence.NonCodingTranscript,
            ["5_prime_UTR_premature_start_codon_gain_variant"] = VariantConsequence.UntranslatedRegion,
            ["5_prime_UTR_variant"] = VariantConsequence.UntranslatedRegion,
            ["3_prime_UTR_variant"] = VariantConsequence.UntranslatedRegion,
            ["intron_variant"] = VariantConsequence.Intronic,
            ["intragenic_variant"] = VariantConsequence.Intronic,
            ["upstream_gene_variant"] = VariantConsequence.Upstream,
            ["downstream_gene_variant"] = VariantConsequence.Downstream,
            ["TFBS_ablation"] = VariantConsequence.Intergenic,
            ["TFBS_amplification"] = VariantConsequence.Intergenic,
            ["TF_binding_site_variant"] = VariantConsequence.Intergenic,
            ["regulatory_region_ablation"] = VariantConsequence.Intergenic,
            ["regulatory_region_amplification"] = VariantConsequence.Intergenic,
            ["regulatory_region_variant"] = VariantConsequence.Intergenic,
            ["intergenic_variant"] = VariantConsequence.Intergenic,
            ["feature_elongation"] = VariantConsequence.Other,
            ["feature_truncation"] = VariantConsequence.Other,
            ["coding_transcript_variant"] = VariantConsequence.Other,
            ["sequence_variant"] = VariantConsequence.Other,
        };

    private static readonly Dictionary<string, int> Rank = BySeverity
        .Select((term, index) => (term, index))
        .ToDictionary(p => p.term, p => p.index, StringComparer.OrdinalIgnoreCase);

    public static int SeverityOf(string term) => Rank.GetValueOrDefault(term, int.MaxValue);
}
