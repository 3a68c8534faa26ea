using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Reports;
using static OmicsReports.Data.Demo.DemoBuilder;

namespace OmicsReports.Data.Demo;

/// <summary>A sample without a tumour type and without findings: the report's empty states.</summary>
internal static class DemoUnknownPrimary
{
    public static DemoCase Create()
    {
        var omicsCase = new OmicsCase
        {
            Patient = new Patient { Id = "DEMO-P7", Mrn = "DEMO-0007", FamilyName = "Sato", GivenName = "Ren", BirthDate = new DateOnly(1975, 12, 1), Sex = Sex.Male },
            Specimen = new Specimen { SampleId = "DEMO-S7-UNK", SampleType = "Metastasis", CollectedOn = new DateOnly(2026, 11, 10), TumorPurity = 0.35, MeanCoverage = 290 },
            Profiling = new Profiling([Panel(Layer.SmallVariants, "DEMO-CORE-20", "BRAF", "EGFR", "KRAS", "NRAS", "PIK3CA", "KIT")]),
            Warnings = [ImportProblem.Warning("missing-tumour-type", "DEMO-S7-UNK.vcf", 0, null, "The upload names no tumour type; tiers cannot be assigned.")],
        };
        var report = new OmicsReport
        {
            SampleId = "DEMO-S7-UNK",
            PatientId = "DEMO-P7",
            KnowledgeBase = Stamp,
            InputSha256 = new string('7', 64),
            Implications = [],
            KeyBiomarkers = [NotTested("TMB"), NotTested("MSI"), NotTested("PD-L1"), NotTested("HER2")],
            PertinentNegatives = [],
            RecommendedTests = [new RecommendedTest("Tumour type (OncoTree code)", "Evidence tiers depend on the tumour type; add it and re-import.")],
            QcFindings = [new QcFinding("missing-tumour-type", QcSeverity.Warning, "No tumour type was given: implications cannot be tiered for this patient.")],
            Vus = [],
        };
        return new DemoCase(omicsCase, report, DemoSignOut.Draft);
    }
}
