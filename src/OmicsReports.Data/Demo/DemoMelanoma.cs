using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;
using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Reports;
using static OmicsReports.Data.Demo.DemoBuilder;

namespace OmicsReports.Data.Demo;

/// <summary>Melanoma with BRAF V600E: tier IA targeted therapy, high TMB, a signed report.</summary>
internal static class DemoMelanoma
{
    private const string Maf = "DEMO-S1-MEL.maf";

    public static DemoCase Create()
    {
        var braf = Variant("BRAF", "c.1799T>A", Substitution("V", 600, "E"), VariantConsequence.Missense, 0.42, 512, At(Maf, 12),
            new HarmonizationNote("protein change", "p.Val600Glu", "p.V600E", "three-letter amino-acid code"));
        var omicsCase = new OmicsCase
        {
            Patient = new Patient { Id = "DEMO-P1", Mrn = "DEMO-0001", FamilyName = "Lindqvist", GivenName = "Maja", BirthDate = new DateOnly(1961, 3, 14), Sex = Sex.Female },
            Specimen = new Specimen { SampleId = "DEMO-S1-MEL", SampleType = "Metastasis", CollectedOn = new DateOnly(2026, 9, 2), TumorPurity = 0.6, MeanCoverage = 520 },
            TumorType = new TumorType("SKCM", "Cutaneous Melanoma"),
            Profiling = new Profiling([Whole(Layer.SmallVariants, "Exome"), Whole(Layer.CopyNumber, "Exome"), Whole(Layer.Tmb, "Exome"), Whole(Layer.Msi, "MSIsensor")]),
            Variants =
            [
                braf,
                Variant("TP53", "c.742C>T", Substitution("R", 248, "W"), VariantConsequence.Missense, 0.38, 488, At(Maf, 31)),
                Variant("ARID2", "c.1234C>T", null, VariantConsequence.Missense, 0.21, 402, At(Maf, 44)),
            ],
            CopyNumbers = [new CopyNumberAlteration { Gene = "CDKN2A", Call = CopyNumberCall.DeepDeletion, Log2Ratio = -2.1, Source = At("DEMO-S1-MEL.cna.tsv", 4) }],
            Tmb = new TumorMutationalBurden { MutationsPerMegabase = 14.2, Source = At("DEMO-S1-MEL.tmb.txt", 2) },
            Msi = new MicrosatelliteInstability { Status = MsiStatus.Stable, Score = 0.4, Method = "MSIsensor", Source = At("DEMO-S1-MEL.msi.txt", 2) },
        };
        var brafMatch = Matched("SmallVariants", "BRAF V600E", braf.Source, "protein change reported as p.Val600Glu (three-letter amino-acid code)");
        var report = new OmicsReport
        {
            SampleId = "DEMO-S1-MEL",
            PatientId = "DEMO-P1",
            TumorType = new TumorTypeRef("SKCM", "Cutaneous Melanoma"),
            KnowledgeBase = Stamp,
            InputSha256 = new string('1', 64),
            Implications =
            [
                Therapy("BRAF V600E", ["BRAF"], ["dabrafenib", "trametinib"], EvidenceTier.IA, "1", "demo.braf-v600e.melanoma.dab-tram",
                    "BRAF V600E in melanoma: the combination is FDA-approved for unresectable or metastatic melanoma with BRAF V600E or V600K.",
                    [FdaLabel("Dabrafenib", "Tafinlar", 2014, "with trametinib, BRAF V600E/K melanoma"), AmpGuideline], [brafMatch]),
                Therapy("BRAF V600E", ["BRAF"], ["vemurafenib"], EvidenceTier.IA, "1", "demo.braf-v600e.melanoma.vemurafenib",
                    "BRAF V600E in melanoma: vemurafenib is FDA-approved for unresectable or metastatic melanoma with BRAF V600E.",
                    [FdaLabel("Vemurafenib", "Zelboraf", 2011, "BRAF V600E melanoma"), AmpGuideline], [brafMatch]),
            ],
            KeyBiomarkers = [Tmb(14.2), new KeyBiomarker("MSI", "Stable (MSIsensor 0.4)", null, true), NotTested("PD-L1"), NotTested("HER2")],
            PertinentNegatives = [new PertinentNegative("NRAS", "SmallVariants"), new PertinentNegative("KIT", "SmallVariants")],
            RecommendedTests = [],
            QcFindings = [],
            Vus = [new VusEntry("ARID2", "ARID2 c.1234C>T", 0.21, $"{Maf}:44")],
        };
        return new DemoCase(omicsCase, report, DemoSignOut.Signed)
        {
            Comment = "BRAF V600E detected at a variant allele fraction consistent with a clonal event. Combined BRAF/MEK inhibition is the targeted option in this tumour type.",
        };
    }
}
