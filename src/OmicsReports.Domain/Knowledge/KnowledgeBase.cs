using OmicsReports.Domain.Knowledge.Therapies;
using OmicsReports.Domain.Reports;

namespace OmicsReports.Domain.Knowledge;

/// <summary>
/// A loaded, validated knowledge base: the rules, the standard work-up per tumour type, the definition of
/// "oncogenic", the QC policy and the drug catalogue. <see cref="Stamp"/> names the version and the SHA-256 of its files, and every
/// report records it.
/// </summary>
public sealed record KnowledgeBase
{
    public required KnowledgeBaseStamp Stamp { get; init; }

    public required IReadOnlyList<Rule> Rules { get; init; }

    public IReadOnlyList<TumorTypeStandard> Standards { get; init; } = [];

    public OncogenicDefinition Oncogenic { get; init; } = OncogenicDefinition.Empty;

    public QcPolicy Qc { get; init; } = QcPolicy.Default;

    /// <summary>Drug roles and classes (knowledge/drugs.yaml): carry-over, monotherapy resistance, prior therapies.</summary>
    public DrugCatalog Drugs { get; init; } = DrugCatalog.Empty;
}

/// <summary>
/// Thresholds below which a result is flagged. They live in the knowledge base (knowledge/qc.yaml) so that a
/// laboratory can set them for its assay, with the source cited there.
/// </summary>
/// <param name="MinimumPurity">Tumour fraction (0-1) below which negatives may be false negatives.</param>
/// <param name="MinimumMeanCoverage">Mean depth below which sensitivity for low-fraction variants drops.</param>
public sealed record QcPolicy(double MinimumPurity, double MinimumMeanCoverage, IReadOnlyList<Reference> References)
{
    // Defaults for a knowledge base without qc.yaml, equal to the shipped file: 20% tumour nuclei is the minimum of
    // the FoundationOne CDx specimen instructions (2024); 250 reads is the minimum depth of the AMP/CAP NGS oncology
    // panel validation guideline (Jennings et al., J Mol Diagn 2017, PMID 28341590).
    public static QcPolicy Default { get; } = new(0.20, 250, []);
}
