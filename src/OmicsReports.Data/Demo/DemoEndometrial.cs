using System.Globalization;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;
using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Reports;
using static OmicsReports.Data.Demo.DemoBuilder;

namespace OmicsReports.Data.Demo;

/// <summary>
/// A hypermutated, MSI-high endometrial carcinoma with 500 variants (the size the report page's speed budget names),
/// immunotherapy implications and a DPYD "avoid" alert. The passenger variants are synthetic.
/// </summary>
internal static class DemoEndometrial
{
    public const int VariantCount = 500;
    private const string Vcf = "DEMO-S6-UEC.vcf";

    // Genes without a targeted-therapy rule in the fixtures, so no synthetic passenger looks actionable.
    private static readonly string[] Genes =
    [
        "ARID1A", "PTEN", "PIK3R1", "CTNNB1", "FBXW7", "MSH6", "RNF43", "ZFHX3", "KMT2D", "KMT2C", "CREBBP", "EP300",
        "NOTCH1", "NOTCH2", "FAT1", "LRP1B", "APC", "SMAD4", "TGFBR2", "ACVR2A", "BCOR", "CIC", "SPOP", "CTCF", "NF1",
        "RB1", "JAK1", "ATR", "ARID1B", "ARID2",
    ];

    private const string AminoAcids = "ACDEFGHIKLMNPQRSTVWY";

    public static DemoCase Create()
    {
        var random = new Random(20261121);
        var variants = new List<SmallVariant>(VariantCount);
        for (var i = 0; i < VariantCount; i++)
        {
            var gene = Genes[random.Next(Genes.Length)];
            var codon = random.Next(20, 1800);
            var from = AminoAcids[random.Next(AminoAcids.Length)].ToString();
            var to = AminoAcids[random.Next(AminoAcids.Length)].ToString();
            var vaf = Math.Round(Math.Clamp(0.05 + (random.NextDouble() * 0.5), 0.02, 0.95), 3);
            var protein = from == to ? null : Substitution(from, codon, to);
            var hgvsC = string.Create(CultureInfo.InvariantCulture, $"c.{(codon * 3) - 1}C>T");
            variants.Add(Variant(gene, hgvsC, protein, protein is null ? VariantConsequence.Silent : VariantConsequence.Missense,
                vaf, 150 + random.Next(600), At(Vcf, 120 + i)));
        }

        var dpyd = new PharmacogenomicResult
        {
            Gene = "DPYD", Diplotype = "c.1905+1G>A/c.1905+1G>A", Phenotype = "Poor Metabolizer", ActivityScore = 0, Source = At("DEMO-S6-UEC.pharmcat.json", 188),
        };
        var msi = new MicrosatelliteInstability { Status = MsiStatus.High, Score = 38.2, Method = "MSIsensor", Source = At("DEMO-S6-UEC.msi.txt", 2), Original = "Instable",
            Notes = [new HarmonizationNote("MSI status", "Instable", "MSI-High", "synonym")] };
        var tmb = new TumorMutationalBurden { MutationsPerMegabase = 48.3, Source = At("DEMO-S6-UEC.tmb.txt", 2) };
        var omicsCase = new OmicsCase
        {
            Patient = new Patient { Id = "DEMO-P6", Mrn = "DEMO-0006", FamilyName = "Brandt", GivenName = "Elke", BirthDate = new DateOnly(1966, 9, 17), Sex = Sex.Female },
            Specimen = new Specimen { SampleId = "DEMO-S6-UEC", SampleType = "Primary", CollectedOn = new DateOnly(2026, 11, 5), TumorPurity = 0.5, MeanCoverage = 240 },
            TumorType = new TumorType("UEC", "Uterine Endometrioid Carcinoma"),
            Profiling = new Profiling([Whole(Layer.SmallVariants, "Exome"), Whole(Layer.Tmb, "Exome"), Whole(Layer.Msi, "MSIsensor"), Whole(Layer.Pharmacogenomics, "PharmCAT")]),
            Variants = variants,
            Tmb = tmb,
            Msi = msi,
            Pharmacogenomics = [dpyd],
        };
        var report = new OmicsReport
        {
            SampleId = "DEMO-S6-UEC",
            PatientId = "DEMO-P6",
            TumorType = new TumorTypeRef("UEC", "Uterine Endometrioid Carcinoma"),
            KnowledgeBase = Stamp,
            InputSha256 = new string('6', 64),
            Implications =
            [
                Therapy("MSI-High", [], ["pembrolizumab"], EvidenceTier.IA, "1", "demo.msi-h.solid.pembrolizumab",
                    "MSI-high solid tumours: pembrolizumab is FDA-approved regardless of tumour type.",
                    [FdaLabel("Pembrolizumab", "Keytruda", 2017, "MSI-H or dMMR solid tumours")],
                    [Matched("Msi", "MSI-High (MSIsensor 38.2)", msi.Source, "status reported as Instable")]),
                Therapy("TMB 48.3 mut/Mb (high)", [], ["pembrolizumab"], EvidenceTier.IA, "1", "demo.tmb-h.solid.pembrolizumab",
                    "TMB ≥ 10 mut/Mb in solid tumours: pembrolizumab is FDA-approved when no satisfactory alternative exists.",
                    [FdaLabel("Pembrolizumab", "Keytruda", 2020, "TMB-H (≥ 10 mut/Mb) solid tumours")],
                    [Matched("Tmb", "TMB 48.3 mut/Mb", tmb.Source)]),
                Pgx("DPYD activity score 0", "DPYD", ["capecitabine", "fluorouracil"], Direction.Avoid, "Avoid fluoropyrimidines", "demo.dpyd.as-0",
                    "DPYD poor metabolizer (activity score 0): CPIC recommends avoiding fluoropyrimidines.",
                    CpicDpyd, Matched("Pharmacogenomics", "DPYD c.1905+1G>A homozygous (activity score 0)", dpyd.Source)),
            ],
            KeyBiomarkers = [Tmb(48.3), new KeyBiomarker("MSI", "MSI-High (MSIsensor 38.2)", "High", true), NotTested("PD-L1"), NotTested("HER2")],
            PertinentNegatives = [],
            RecommendedTests = [new RecommendedTest("MMR protein IHC (MLH1, MSH2, MSH6, PMS2)", "Confirms the mismatch-repair defect behind MSI-High.")],
            QcFindings = [],
            Vus = variants.Where(v => v.Protein is not null).Take(40).Select(v => new VusEntry(v.Gene!, v.Label, v.Vaf, v.Source.ToString())).ToList(),
        };
        return new DemoCase(omicsCase, report, DemoSignOut.Draft);
    }
}
