using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Reports;
using OmicsReports.Reporting.Print;

namespace OmicsReports.Reporting.Tests.Pdf;

/// <summary>
/// A synthetic patient with a typical report: one Tier I therapy, one pharmacogenomic alert, key biomarkers and a VUS
/// appendix, about three pages. The person and the VUS rows are made up; the clinical statements are real and cited
/// (BRIM-3: PMID 21639808; CPIC DPYD 2017 update: PMID 29152729; TMB-H: FDA pembrolizumab label, 2020).
/// </summary>
public static class SampleReports
{
    public const string ReportId = "R-2026-0042";
    public const string Mrn = "MRN-004711";
    public const string SampleId = "S-2026-0042";
    public const string PatientFamily = "Müller-Łukasiewicz";
    public const string PatientGiven = "Åsa";
    public const string BirthDate = "1961-04-12";
    public const string KnowledgeBaseVersion = "2026.11.0";
    public const string TierOneTherapy = "vemurafenib";
    public const string Pathologist = "Dr. Jörg Ørsted";

    public static readonly DateTimeOffset GeneratedAt = new(2026, 11, 21, 9, 30, 0, TimeSpan.Zero);

    public static PrintRequest Draft(int vusCount = 18) => Request(Case(), Report(vusCount), new PrintVersion { ReportId = ReportId, Version = 1 });

    public static PrintRequest Final() => Draft() with { Version = SignedVersion(1, amendmentReason: null) };

    public static PrintRequest Amended(string reason) => Draft() with { Version = SignedVersion(2, reason) };

    public static PrintRequest Request(OmicsCase omicsCase, OmicsReport report, PrintVersion version) =>
        new(report, omicsCase, version, GeneratedAt);

    public static PrintVersion SignedVersion(int version, string? amendmentReason) => new()
    {
        ReportId = ReportId,
        Version = version,
        AmendmentReason = amendmentReason,
        Signature = new PrintSigning(Pathologist, new DateTimeOffset(2026, 11, 21, 8, 45, 0, TimeSpan.Zero),
            "I have reviewed the findings and interpretations in this report and approve its release."),
    };

    public static OmicsCase Case(Profiling? profiling = null) => new()
    {
        Patient = new Patient
        {
            Id = "P-0001",
            Mrn = Mrn,
            FamilyName = PatientFamily,
            GivenName = PatientGiven,
            BirthDate = DateOnly.Parse(BirthDate, System.Globalization.CultureInfo.InvariantCulture),
            Sex = Sex.Female,
        },
        Specimen = new Specimen { SampleId = SampleId, SampleType = "Metastasis", CollectedOn = new DateOnly(2026, 11, 2), TumorPurity = 0.45, MeanCoverage = 512 },
        TumorType = new TumorType("MEL", "Melanoma"),
        Profiling = profiling ?? new Profiling(
        [
            new LayerCoverage(Layer.SmallVariants, "PANEL-A", new HashSet<string> { "BRAF", "NRAS", "KIT", "NF1", "TP53", "CDKN2A", "PTEN" }),
            new LayerCoverage(Layer.Tmb, "PANEL-A", null),
            new LayerCoverage(Layer.Msi, "PANEL-A", null),
            new LayerCoverage(Layer.Pharmacogenomics, "PGX-1", new HashSet<string> { "DPYD", "TPMT", "NUDT15", "UGT1A1" }),
        ]),
        Sources = [new SourceFile("sample.maf", "MAF 2.4", new string('a', 64), 52_392), new SourceFile("pgx.json", "PharmCAT report", new string('b', 64), 8_120)],
    };

    public static OmicsReport Report(int vusCount = 18) => new()
    {
        SampleId = SampleId,
        PatientId = "P-0001",
        TumorType = new TumorTypeRef("MEL", "Melanoma"),
        KnowledgeBase = new KnowledgeBaseStamp(KnowledgeBaseVersion, new string('c', 64)),
        InputSha256 = new string('d', 64),
        Implications = [Braf(), Dpyd()],
        KeyBiomarkers =
        [
            new KeyBiomarker("TMB", "14 mut/Mb", "High (≥ 10 mut/Mb, FDA pembrolizumab label, 2020)", Tested: true),
            new KeyBiomarker("MSI", "MSS", "Stable (MSIsensor)", Tested: true),
            new KeyBiomarker("PD-L1", "not tested", null, Tested: false),
        ],
        PertinentNegatives = [new PertinentNegative("NRAS", "SmallVariants"), new PertinentNegative("KIT", "SmallVariants")],
        RecommendedTests = [],
        QcFindings = [new QcFinding("low-input", QcSeverity.Caution, "DNA concentration 1.8 ng/µL, below the assay's recommended input; results were reviewed.")],
        Vus = Enumerable.Range(0, vusCount).Select(Vus).ToList(),
    };

    public static Implication Braf() => new()
    {
        Kind = ImplicationKind.Therapeutic,
        Biomarker = "BRAF V600E",
        Genes = ["BRAF"],
        Therapies = [TierOneTherapy],
        Direction = Direction.Sensitive,
        Tier = EvidenceTier.IA,
        Level = "1",
        RuleIds = ["braf-v600e-melanoma-vemurafenib"],
        Rationale = "BRAF V600E in melanoma: vemurafenib is FDA-approved for this indication, hence Tier IA here.",
        References =
        [
            new Reference("fda-label", "zelboraf", "Vemurafenib (Zelboraf) FDA label, 2011"),
            new Reference("pmid", "21639808", "Chapman et al., Improved survival with vemurafenib in melanoma with BRAF V600E mutation. N Engl J Med 2011;364:2507-16"),
        ],
        Matched = [new MatchedFinding("SmallVariants", "BRAF V600E", "sample.maf:12", ["protein change reported as p.Val600Glu (three-letter amino-acid code)"])],
        InThisTumorType = true,
        EvidenceSource = "FDA label",
    };

    public static Implication Dpyd() => new()
    {
        Kind = ImplicationKind.Pharmacogenomic,
        Biomarker = "DPYD activity score 1.0",
        Genes = ["DPYD"],
        Therapies = ["fluorouracil", "capecitabine"],
        Direction = Direction.ReduceDose,
        Tier = EvidenceTier.IA,
        Level = "A",
        RuleIds = ["cpic-dpyd-as1"],
        Rationale = "DPYD intermediate metabolizer (activity score 1.0): CPIC recommends a 50% lower starting dose.",
        References = [new Reference("pmid", "29152729", "Amstutz et al., CPIC guideline for DPYD genotype and fluoropyrimidine dosing: 2017 update. Clin Pharmacol Ther 2018;103:210-6")],
        Matched = [new MatchedFinding("Pharmacogenomics", "DPYD c.1905+1G>A/reference", "pgx.json:1", [])],
        DoseAdjustment = "Reduce the starting dose by 50%",
        EvidenceSource = "CPIC",
    };

    private static readonly string[] VusGenes = ["ATM", "NF1", "PTEN", "TP53", "CDKN2A", "KIT", "ERBB4", "GRIN2A", "PTPRD"];

    private static VusEntry Vus(int i)
    {
        var gene = VusGenes[i % VusGenes.Length];
        return new VusEntry(gene, $"{gene} p.A{100 + (i * 37)}T", 0.05 + ((i % 7) * 0.04), $"sample.maf:{40 + i}");
    }
}
