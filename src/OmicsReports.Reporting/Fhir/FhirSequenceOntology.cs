using OmicsReports.Domain.Cases;

namespace OmicsReports.Reporting.Fhir;

/// <summary>A Sequence Ontology term: accession and name (http://www.sequenceontology.org).</summary>
internal sealed record SoTerm(string Id, string Name);

/// <summary>
/// The Sequence Ontology terms the export writes. Accessions as Ensembl's consequence table and the Sequence
/// Ontology give them; the term names are the ones the importer's vocabulary reads back (SequenceOntologyTerms).
/// </summary>
internal static class FhirSequenceOntology
{
    public static readonly SoTerm Snv = new("SO:0001483", "SNV");
    public static readonly SoTerm Mnv = new("SO:0002007", "MNV");
    public static readonly SoTerm Delins = new("SO:1000032", "delins");
    public static readonly SoTerm CopyNumberGain = new("SO:0001742", "copy_number_gain");
    public static readonly SoTerm CopyNumberLoss = new("SO:0001743", "copy_number_loss");
    public static readonly SoTerm CopyNumberVariation = new("SO:0001019", "copy_number_variation");
    public static readonly SoTerm GeneFusion = new("SO:0001565", "gene_fusion");

    /// <summary>The consequence term of a harmonized consequence; null for <see cref="VariantConsequence.Other"/>.</summary>
    public static SoTerm? Consequence(VariantConsequence consequence) => consequence switch
    {
        VariantConsequence.Missense => new("SO:0001583", "missense_variant"),
        VariantConsequence.Nonsense => new("SO:0001587", "stop_gained"),
        VariantConsequence.FrameshiftDeletion or VariantConsequence.FrameshiftInsertion or VariantConsequence.Frameshift =>
            new("SO:0001589", "frameshift_variant"),
        VariantConsequence.InframeDeletion => new("SO:0001822", "inframe_deletion"),
        VariantConsequence.InframeInsertion => new("SO:0001821", "inframe_insertion"),
        VariantConsequence.SpliceSite => new("SO:0001629", "splice_site_variant"),
        VariantConsequence.SpliceRegion => new("SO:0001630", "splice_region_variant"),
        VariantConsequence.Silent => new("SO:0001819", "synonymous_variant"),
        VariantConsequence.StartLost => new("SO:0002012", "start_lost"),
        VariantConsequence.StopLost => new("SO:0001578", "stop_lost"),
        VariantConsequence.Intronic => new("SO:0001627", "intron_variant"),
        VariantConsequence.UntranslatedRegion => new("SO:0001622", "UTR_variant"),
        VariantConsequence.Intergenic => new("SO:0001628", "intergenic_variant"),
        VariantConsequence.NonCodingTranscript => new("SO:0001619", "non_coding_transcript_variant"),
        VariantConsequence.Upstream => new("SO:0001631", "upstream_gene_variant"),
        VariantConsequence.Downstream => new("SO:0001632", "downstream_gene_variant"),
        _ => null,
    };

    /// <summary>The change type of a structural variant, as the IG's DNA change type value set words it.</summary>
    public static SoTerm StructuralKind(StructuralVariantKind kind) => kind switch
    {
        StructuralVariantKind.Fusion => GeneFusion,
        StructuralVariantKind.Deletion => new("SO:0000159", "deletion"),
        StructuralVariantKind.Duplication => new("SO:1000035", "duplication"),
        StructuralVariantKind.Inversion => new("SO:1000036", "inversion"),
        StructuralVariantKind.Translocation => new("SO:0000199", "translocation"),
        _ => new("SO:0001059", "sequence_alteration"),
    };
}
