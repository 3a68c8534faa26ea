using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Reports;
using static OmicsReports.Data.Demo.DemoBuilder;

namespace OmicsReports.Data.Demo;

/// <summary>
/// Lung adenocarcinoma with EGFR L858R (tier IA), PIK3CA H1047R (tier IIC: approved in another tumour type) and
/// PD-L1 by IHC; signed, then amended.
/// </summary>
internal static class DemoLung
{
    private const string Vcf = "DEMO-S3-LUNG.vcf";

    public static DemoCase Create()
    {
        var egfr = Variant("EGFR", "c.2573T>G", Substitution("L", 858, "R"), VariantConsequence.Missense, 0.35, 600, At(Vcf, 57)) with { Exon = 21, ExonCount = 28 };
        var pik3ca = Variant("PIK3CA", "c.3140A>G", Substitution("H", 1047, "R"), VariantConsequence.Missense, 0.12, 544, At(Vcf, 61));
        var pdl1 = new ProteinMarker { Marker = "PD-L1", AntibodyClone = "22C3", ScoringSystem = "TPS", Value = 60, Source = At("DEMO-S3-LUNG.ihc.csv", 2) };
        var omicsCase = new OmicsCase
        {
            Patient = new Patient { Id = "DEMO-P3", Mrn = "DEMO-0003", FamilyName = "Müller", GivenName = "Jürgen", BirthDate = new DateOnly(1970, 6, 30), Sex = Sex.Male },
            Specimen = new Specimen { SampleId = "DEMO-S3-LUNG", SampleType = "Primary", CollectedOn = new DateOnly(2026, 8, 19), TumorPurity = 0.45, MeanCoverage = 610 },
            TumorType = new TumorType("LUAD", "Lung Adenocarcinoma"),
            Profiling = new Profiling(
            [
                Panel(Layer.SmallVariants, "DEMO-LUNG-60", "EGFR", "KRAS", "BRAF", "ERBB2", "MET", "PIK3CA", "TP53"),
                Panel(Layer.StructuralVariants, "DEMO-LUNG-60", "ALK", "ROS1", "RET", "NTRK1", "NTRK2", "NTRK3"),
                Panel(Layer.Protein, "IHC", "PD-L1"), Whole(Layer.Tmb, "DEMO-LUNG-60"),
            ]),
            Variants = [egfr, pik3ca],
            Proteins = [pdl1],
            Tmb = new TumorMutationalBurden { MutationsPerMegabase = 3.8, Source = At("DEMO-S3-LUNG.tmb.txt", 2) },
            Expression =
            [
                new ExpressionValue { Gene = "EGFR", Value = 182.4, Unit = "TPM", ZScore = 2.2, ZScoreReference = "lung adenocarcinoma cohort", Source = At("DEMO-S3-LUNG.tpm.tsv", 40) },
                new ExpressionValue { Gene = "MET", Value = 21.7, Unit = "TPM", ZScore = 0.3, ZScoreReference = "lung adenocarcinoma cohort", Source = At("DEMO-S3-LUNG.tpm.tsv", 112) },
            ],
        };
        var egfrMatch = Matched("SmallVariants", "EGFR L858R", egfr.Source);
        var report = new OmicsReport
        {
            SampleId = "DEMO-S3-LUNG",
            PatientId = "DEMO-P3",
            TumorType = new TumorTypeRef("LUAD", "Lung Adenocarcinoma"),
            KnowledgeBase = Stamp,
            InputSha256 = new string('3', 64),
            Implications =
            [
                Therapy("EGFR L858R", ["EGFR"], ["osimertinib"], EvidenceTier.IA, "1", "demo.egfr-l858r.nsclc.osimertinib",
                    "EGFR L858R in non-small cell lung cancer: osimertinib is FDA-approved first line for EGFR exon 19 deletions or exon 21 L858R.",
                    [FdaLabel("Osimertinib", "Tagrisso", 2018, "first-line EGFR exon 19 deletion or L858R NSCLC")], [egfrMatch]),
                Therapy("EGFR L858R", ["EGFR"], ["afatinib"], EvidenceTier.IA, "1", "demo.egfr-l858r.nsclc.afatinib",
                    "EGFR L858R in non-small cell lung cancer: afatinib is FDA-approved (CIViC assertion AID6, tier I level A).",
                    [FdaLabel("Afatinib", "Gilotrif", 2013, "EGFR exon 19 deletion or L858R NSCLC"), Civic("EID2997", "Dungo et al., 2013", "23982599")], [egfrMatch]),
                Therapy("PIK3CA H1047R", ["PIK3CA"], ["alpelisib"], EvidenceTier.IIC, "3B", "demo.pik3ca-h1047r.other-tumour.alpelisib",
                    "Alpelisib is FDA-approved for PIK3CA-mutated breast cancer, not for lung cancer: tier IIC (approved in another tumour type).",
                    [FdaLabel("Alpelisib", "Piqray", 2019, "with fulvestrant, PIK3CA-mutated HR+/HER2- breast cancer")],
                    [Matched("SmallVariants", "PIK3CA H1047R", pik3ca.Source)], inThisTumorType: false),
            ],
            KeyBiomarkers =
            [
                Tmb(3.8), NotTested("MSI"),
                new KeyBiomarker("PD-L1", "TPS 60% (22C3)", "High expression (TPS ≥ 50%; FDA pembrolizumab label, 2016)", true),
                NotTested("HER2"),
            ],
            PertinentNegatives =
            [
                new PertinentNegative("KRAS", "SmallVariants"), new PertinentNegative("ALK", "StructuralVariants"),
                new PertinentNegative("ROS1", "StructuralVariants"), new PertinentNegative("RET", "StructuralVariants"),
            ],
            RecommendedTests = [],
            QcFindings = [],
            Vus = [],
        };
        return new DemoCase(omicsCase, report, DemoSignOut.Amended)
        {
            Comment = "EGFR L858R (exon 19) detected. PD-L1 is high, but EGFR-directed therapy takes precedence.",
            AmendmentReason = "Interpretive comment corrected: EGFR L858R lies in exon 21, not exon 19.",
            AmendedComment = "EGFR L858R (exon 21) detected. PD-L1 is high, but EGFR-directed therapy takes precedence.",
        };
    }
}
