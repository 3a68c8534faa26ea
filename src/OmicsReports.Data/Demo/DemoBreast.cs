using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;
using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Reports;
using static OmicsReports.Data.Demo.DemoBuilder;

namespace OmicsReports.Data.Demo;

/// <summary>HER2-positive breast cancer (amplification reported under the alias HER2, IHC 3+) and a CYP2D6 alert; draft.</summary>
internal static class DemoBreast
{
    public static DemoCase Create()
    {
        var erbb2 = new CopyNumberAlteration
        {
            Gene = "ERBB2", Call = CopyNumberCall.Amplification, CopyNumber = 12, Log2Ratio = 2.6, Source = At("DEMO-S4-BRCA.cna.tsv", 9),
            Original = "HER2\t2", Notes = [new HarmonizationNote("gene", "HER2", "ERBB2", "alias of the HGNC symbol")],
        };
        var her2Ihc = new ProteinMarker { Marker = "HER2", AntibodyClone = "4B5", ScoringSystem = "IHC score", Value = 3, Category = "3+", Source = At("DEMO-S4-BRCA.ihc.csv", 3) };
        var cyp2d6 = new PharmacogenomicResult
        {
            Gene = "CYP2D6", Diplotype = "*4/*4", Phenotype = "Poor Metabolizer", ActivityScore = 0, Source = At("DEMO-S4-BRCA.outside-calls.tsv", 1),
        };
        var omicsCase = new OmicsCase
        {
            Patient = new Patient { Id = "DEMO-P4", Mrn = "DEMO-0004", FamilyName = "Tanaka", GivenName = "Aiko", BirthDate = new DateOnly(1983, 1, 21), Sex = Sex.Female },
            Specimen = new Specimen { SampleId = "DEMO-S4-BRCA", SampleType = "Primary", CollectedOn = new DateOnly(2026, 11, 3), TumorPurity = 0.55, MeanCoverage = 470 },
            TumorType = new TumorType("IDC", "Breast Invasive Ductal Carcinoma"),
            Profiling = new Profiling(
            [
                Panel(Layer.SmallVariants, "DEMO-BREAST-40", "BRCA1", "BRCA2", "PIK3CA", "ESR1", "TP53", "ERBB2"),
                Panel(Layer.CopyNumber, "DEMO-BREAST-40", "ERBB2", "CCND1", "FGFR1", "MYC"),
                Panel(Layer.Protein, "IHC", "HER2", "ER", "PR"), Panel(Layer.Expression, "RNA", "ERBB2", "ESR1"),
                Whole(Layer.Pharmacogenomics, "outside calls"),
            ]),
            Variants = [Variant("TP53", "c.524G>A", Substitution("R", 175, "H"), VariantConsequence.Missense, 0.31, 455, At("DEMO-S4-BRCA.maf", 6))],
            CopyNumbers = [erbb2],
            Proteins =
            [
                her2Ihc,
                new ProteinMarker { Marker = "ER", ScoringSystem = "percent positive", Value = 90, Category = "positive", Source = At("DEMO-S4-BRCA.ihc.csv", 4) },
            ],
            Expression = [new ExpressionValue { Gene = "ERBB2", Value = 912.0, Unit = "TPM", ZScore = 3.1, ZScoreReference = "breast cancer cohort", Source = At("DEMO-S4-BRCA.tpm.tsv", 77) }],
            Pharmacogenomics = [cyp2d6],
        };
        var report = new OmicsReport
        {
            SampleId = "DEMO-S4-BRCA",
            PatientId = "DEMO-P4",
            TumorType = new TumorTypeRef("IDC", "Breast Invasive Ductal Carcinoma"),
            KnowledgeBase = Stamp,
            InputSha256 = new string('4', 64),
            Implications =
            [
                Therapy("ERBB2 amplification, HER2 IHC 3+", ["ERBB2"], ["trastuzumab"], EvidenceTier.IA, "1", "demo.erbb2-amp.breast.trastuzumab",
                    "HER2-overexpressing breast cancer (IHC 3+, ERBB2 amplified): trastuzumab is FDA-approved.",
                    [FdaLabel("Trastuzumab", "Herceptin", 1998, "HER2-overexpressing metastatic breast cancer")],
                    [Matched("CopyNumber", "ERBB2 amplification", erbb2.Source, "gene reported as HER2 (alias of the HGNC symbol)"),
                     Matched("Protein", "HER2 IHC 3+ (4B5)", her2Ihc.Source)]),
                Pgx("CYP2D6 poor metabolizer", "CYP2D6", ["tamoxifen"], Direction.Alternative,
                    "Consider an alternative endocrine therapy (e.g. an aromatase inhibitor)", "demo.cyp2d6.pm.tamoxifen",
                    "CYP2D6 poor metabolizers form little endoxifen from tamoxifen; CPIC recommends an alternative hormonal therapy.",
                    new Reference("cpic", "CPIC CYP2D6 tamoxifen 2018", "CPIC guideline for CYP2D6 and tamoxifen therapy (Goetz et al., Clin Pharmacol Ther 2018)"),
                    Matched("Pharmacogenomics", "CYP2D6 *4/*4 (poor metabolizer)", cyp2d6.Source)),
            ],
            KeyBiomarkers = [NotTested("TMB"), NotTested("MSI"), NotTested("PD-L1"), new KeyBiomarker("HER2", "IHC 3+ (4B5); ERBB2 amplified", "Positive", true)],
            PertinentNegatives = [new PertinentNegative("BRCA1", "SmallVariants"), new PertinentNegative("BRCA2", "SmallVariants"), new PertinentNegative("PIK3CA", "SmallVariants")],
            RecommendedTests = [],
            QcFindings = [],
            Vus = [],
        };
        return new DemoCase(omicsCase, report, DemoSignOut.Draft);
    }
}
