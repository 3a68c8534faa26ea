using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;
using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Reports;

namespace OmicsReports.Data.Demo;

/// <summary>
/// Short-hands for the Development demo fixtures. The fixtures stand in for native case bundles run through the
/// rules engine until both land; every clinical statement in them names its source.
/// </summary>
internal static class DemoBuilder
{
    /// <summary>Not a knowledge base: marks reports that came from these fixtures rather than from the engine.</summary>
    public static readonly KnowledgeBaseStamp Stamp = new("demo-fixtures-1", new string('0', 64));

    public static SourceLocation At(string file, int line, int? column = null) => new(file, line, column);

    public static ProteinChange Substitution(string reference, int codon, string alternate) =>
        new(ProteinChangeKind.Substitution, reference, codon, codon, alternate, $"{reference}{codon}{alternate}");

    public static ProteinChange Nonsense(string reference, int codon) =>
        new(ProteinChangeKind.Nonsense, reference, codon, codon, "*", $"{reference}{codon}*");

    public static SmallVariant Variant(string gene, string hgvsC, ProteinChange? protein, VariantConsequence consequence, double vaf, int depth,
        SourceLocation source, params HarmonizationNote[] notes) => new()
    {
        Gene = gene,
        HgvsC = hgvsC,
        Protein = protein,
        Consequence = consequence,
        Vaf = vaf,
        Depth = depth,
        AltReads = (int)Math.Round(vaf * depth),
        Source = source,
        Original = $"{gene} {hgvsC}",
        Notes = notes,
    };

    public static Reference FdaLabel(string drug, string brand, int year, string indication) =>
        new("fda-label", $"{brand} {year}", $"{drug} ({brand}) FDA label, {year}: {indication}");

    public static Reference Civic(string evidenceId, string citation, string pmid) =>
        new("civic", evidenceId, $"CIViC {evidenceId}: {citation}, PMID {pmid}");

    public static Reference Pmid(string pmid, string citation) =>
        new("pmid", pmid, citation, $"https://pubmed.ncbi.nlm.nih.gov/{pmid}/");

    public static readonly Reference CpicDpyd = new("cpic", "CPIC DPYD 2017",
        "CPIC guideline for DPYD genotype and fluoropyrimidine dosing, 2017 update (Amstutz et al., Clin Pharmacol Ther 2018)");

    public static readonly Reference AmpGuideline = Pmid("27993330",
        "Li et al., Standards and guidelines for the interpretation of sequence variants in cancer (AMP/ASCO/CAP), J Mol Diagn 2017");

    public static Implication Therapy(string biomarker, string[] genes, string[] therapies, EvidenceTier tier, string level, string rule,
        string rationale, Reference[] references, MatchedFinding[] matched, Direction direction = Direction.Sensitive,
        bool inThisTumorType = true, string source = "FDA label") => new()
    {
        Kind = ImplicationKind.Therapeutic,
        Biomarker = biomarker,
        Genes = genes,
        Therapies = therapies,
        Direction = direction,
        Tier = tier,
        Level = level,
        RuleIds = [rule],
        Rationale = rationale,
        References = references,
        Matched = matched,
        InThisTumorType = inThisTumorType,
        EvidenceSource = source,
    };

    public static Implication Pgx(string biomarker, string gene, string[] drugs, Direction direction, string dose, string rule,
        string rationale, Reference reference, MatchedFinding matched) => new()
    {
        Kind = ImplicationKind.Pharmacogenomic,
        Biomarker = biomarker,
        Genes = [gene],
        Therapies = drugs,
        Direction = direction,
        Tier = EvidenceTier.IA,
        Level = "1",
        RuleIds = [rule],
        Rationale = rationale,
        References = [reference],
        Matched = [matched],
        InThisTumorType = true,
        DoseAdjustment = dose,
        EvidenceSource = "CPIC",
    };

    public static MatchedFinding Matched(string layer, string label, SourceLocation source, params string[] reportedAs) =>
        new(layer, label, source.ToString(), reportedAs);

    public static LayerCoverage Panel(Layer layer, string panel, params string[] genes) =>
        new(layer, panel, genes.ToHashSet(StringComparer.Ordinal));

    public static LayerCoverage Whole(Layer layer, string? assay = null) => new(layer, assay, null);

    /// <summary>TMB-high at ≥ 10 mut/Mb: FDA pembrolizumab label, 2020 (KEYNOTE-158).</summary>
    public static KeyBiomarker Tmb(double value) => new("TMB", $"{value:0.#} mut/Mb",
        value >= 10 ? "High (≥ 10 mut/Mb; FDA pembrolizumab label, 2020)" : "Not high (< 10 mut/Mb; FDA pembrolizumab label, 2020)", true);

    public static KeyBiomarker NotTested(string name) => new(name, "not tested", null, false);
}
