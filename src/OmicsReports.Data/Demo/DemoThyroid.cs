using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Reports;
using static OmicsReports.Data.Demo.DemoBuilder;

namespace OmicsReports.Data.Demo;

/// <summary>Papillary thyroid carcinoma with an NTRK3 fusion from an RNA-only panel: most layers were not tested.</summary>
internal static class DemoThyroid
{
    public static DemoCase Create()
    {
        var fusion = new StructuralVariant
        {
            Kind = StructuralVariantKind.Fusion, GeneA = "ETV6", GeneB = "NTRK3", OrderIsFivePrimeToThreePrime = true, ExonA = 5, ExonB = 15,
            Frame = FusionFrame.InFrame, SupportingReads = 84, Source = At("DEMO-S5-THY.fusions.tsv", 2),
        };
        var omicsCase = new OmicsCase
        {
            Patient = new Patient { Id = "DEMO-P5", Mrn = "DEMO-0005", FamilyName = "Haddad", GivenName = "Layla", BirthDate = new DateOnly(1990, 5, 9), Sex = Sex.Female },
            Specimen = new Specimen { SampleId = "DEMO-S5-THY", SampleType = "Primary", CollectedOn = new DateOnly(2026, 10, 28), TumorPurity = 0.7 },
            TumorType = new TumorType("THPA", "Papillary Thyroid Cancer"),
            Profiling = new Profiling([Panel(Layer.StructuralVariants, "DEMO-RNA-FUSION", "ALK", "NTRK1", "NTRK2", "NTRK3", "RET", "ROS1", "BRAF")]),
            StructuralVariants = [fusion],
        };
        var match = Matched("StructuralVariants", "ETV6::NTRK3 (in frame)", fusion.Source);
        var report = new OmicsReport
        {
            SampleId = "DEMO-S5-THY",
            PatientId = "DEMO-P5",
            TumorType = new TumorTypeRef("THPA", "Papillary Thyroid Cancer"),
            KnowledgeBase = Stamp,
            InputSha256 = new string('5', 64),
            Implications =
            [
                Therapy("ETV6::NTRK3 fusion", ["NTRK3"], ["larotrectinib"], EvidenceTier.IA, "1", "demo.ntrk-fusion.solid.larotrectinib",
                    "NTRK gene fusions in solid tumours: larotrectinib is FDA-approved regardless of tumour type.",
                    [FdaLabel("Larotrectinib", "Vitrakvi", 2018, "solid tumours with an NTRK gene fusion")], [match]),
                Therapy("ETV6::NTRK3 fusion", ["NTRK3"], ["entrectinib"], EvidenceTier.IA, "1", "demo.ntrk-fusion.solid.entrectinib",
                    "NTRK gene fusions in solid tumours: entrectinib is FDA-approved regardless of tumour type.",
                    [FdaLabel("Entrectinib", "Rozlytrek", 2019, "solid tumours with an NTRK gene fusion")], [match]),
            ],
            KeyBiomarkers = [NotTested("TMB"), NotTested("MSI"), NotTested("PD-L1"), NotTested("HER2")],
            PertinentNegatives = [new PertinentNegative("RET", "StructuralVariants"), new PertinentNegative("ALK", "StructuralVariants")],
            RecommendedTests =
            [
                new RecommendedTest("DNA panel with BRAF and RAS", "Only RNA fusions were assessed: BRAF V600E and RAS variants were not tested."),
            ],
            QcFindings = [new QcFinding("layers-not-tested", QcSeverity.Info, "Small variants, copy number, TMB and MSI were not assessed by this panel.")],
            Vus = [],
        };
        return new DemoCase(omicsCase, report, DemoSignOut.Draft);
    }
}
