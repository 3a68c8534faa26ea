using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Reports;
using static OmicsReports.Data.Demo.DemoBuilder;

namespace OmicsReports.Data.Demo;

/// <summary>
/// Colorectal cancer with BRAF V600E: a tier IA combination, resistance to anti-EGFR monotherapy (tier IB), a DPYD
/// dose alert, low purity and an import warning; in review.
/// </summary>
internal static class DemoColorectal
{
    private const string Maf = "DEMO-S2-CRC.maf";

    public static DemoCase Create()
    {
        var braf = Variant("BRAF", "c.1799T>A", Substitution("V", 600, "E"), VariantConsequence.Missense, 0.09, 410, At(Maf, 8));
        var dpyd = new PharmacogenomicResult
        {
            Gene = "DPYD", Diplotype = "c.1905+1G>A/reference", Phenotype = "Intermediate Metabolizer", ActivityScore = 1.0,
            Source = At("DEMO-S2-CRC.pharmcat.json", 214),
        };
        var omicsCase = new OmicsCase
        {
            Patient = new Patient { Id = "DEMO-P2", Mrn = "DEMO-0002", FamilyName = "Okafor", GivenName = "Chidi", BirthDate = new DateOnly(1958, 11, 2), Sex = Sex.Male },
            Specimen = new Specimen { SampleId = "DEMO-S2-CRC", SampleType = "Primary", CollectedOn = new DateOnly(2026, 10, 14), TumorPurity = 0.15, MeanCoverage = 380 },
            TumorType = new TumorType("COAD", "Colon Adenocarcinoma"),
            Profiling = new Profiling(
            [
                Panel(Layer.SmallVariants, "DEMO-CRC-50", "APC", "BRAF", "KRAS", "NRAS", "PIK3CA", "TP53", "SMAD4"),
                Whole(Layer.Tmb, "DEMO-CRC-50"), Whole(Layer.Msi, "PCR"), Whole(Layer.Pharmacogenomics, "PharmCAT"),
            ]),
            Variants =
            [
                braf,
                Variant("APC", "c.4348C>T", Nonsense("R", 1450), VariantConsequence.Nonsense, 0.11, 395, At(Maf, 9)),
                Variant("TP53", "c.524G>A", Substitution("R", 175, "H"), VariantConsequence.Missense, 0.10, 402, At(Maf, 10)),
            ],
            Tmb = new TumorMutationalBurden { MutationsPerMegabase = 5.1, Source = At("DEMO-S2-CRC.tmb.txt", 2) },
            Msi = new MicrosatelliteInstability { Status = MsiStatus.Stable, Method = "PCR", Source = At("DEMO-S2-CRC.msi.txt", 2) },
            Pharmacogenomics = [dpyd],
            Warnings = [ImportProblem.Warning("filtered-call", Maf, 14, 7, "A call with FILTER 'LowVAF' was kept out of the report.")],
        };
        var brafMatch = Matched("SmallVariants", "BRAF V600E", braf.Source);
        var dpydMatch = Matched("Pharmacogenomics", "DPYD c.1905+1G>A/reference (activity score 1.0)", dpyd.Source);
        var report = new OmicsReport
        {
            SampleId = "DEMO-S2-CRC",
            PatientId = "DEMO-P2",
            TumorType = new TumorTypeRef("COAD", "Colon Adenocarcinoma"),
            KnowledgeBase = Stamp,
            InputSha256 = new string('2', 64),
            Implications =
            [
                Therapy("BRAF V600E", ["BRAF"], ["encorafenib", "cetuximab"], EvidenceTier.IA, "1", "demo.braf-v600e.crc.enco-cetux",
                    "BRAF V600E in colorectal cancer: encorafenib with cetuximab is FDA-approved after prior therapy (BEACON CRC).",
                    [FdaLabel("Encorafenib", "Braftovi", 2020, "with cetuximab, BRAF V600E metastatic colorectal cancer"),
                     Civic("EID9851", "Kopetz et al., 2019", "31566309")], [brafMatch]),
                Therapy("BRAF V600E", ["BRAF"], ["cetuximab", "panitumumab"], EvidenceTier.IB, "R2", "demo.braf-v600e.crc.anti-egfr-resistance",
                    "BRAF V600E in colorectal cancer predicts poor response to anti-EGFR antibodies given without a BRAF inhibitor.",
                    [Civic("EID816", "Rowland et al., 2015", "25989278")], [brafMatch], Direction.Resistant, source: "CIViC level B"),
                Pgx("DPYD activity score 1.0", "DPYD", ["capecitabine", "fluorouracil"], Direction.ReduceDose,
                    "Reduce the starting dose by 50%, then titrate by toxicity", "demo.dpyd.as-1",
                    "DPYD intermediate metabolizer (activity score 1.0): CPIC recommends a 50% lower starting dose of fluoropyrimidines.",
                    CpicDpyd, dpydMatch),
            ],
            KeyBiomarkers = [Tmb(5.1), new KeyBiomarker("MSI", "Stable (PCR)", null, true), NotTested("PD-L1"), NotTested("HER2")],
            PertinentNegatives = [new PertinentNegative("KRAS", "SmallVariants"), new PertinentNegative("NRAS", "SmallVariants")],
            RecommendedTests = [],
            QcFindings = [new QcFinding("low-purity", QcSeverity.Caution, "Tumour purity 15%: below 20%, a negative result may be a false negative.")],
            Vus = [],
        };
        return new DemoCase(omicsCase, report, DemoSignOut.InReview)
        {
            Comment = "BRAF V600E at low allele fraction, in keeping with the low tumour purity. KRAS and NRAS were assessed and not detected.",
        };
    }
}
