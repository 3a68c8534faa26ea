using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Reports;
using OmicsReports.Reporting.Components;

namespace OmicsReports.Reporting.Tests.Components;

/// <summary>Small hand-made cases and reports for component tests. Clinical text here is placeholder, not advice.</summary>
internal static class ReportFixtures
{
    public static readonly KnowledgeBaseStamp Kb = new("kb-test-7", new string('a', 64));

    public static Implication Implication(
        string biomarker = "BRAF V600E",
        EvidenceTier tier = EvidenceTier.IA,
        Direction direction = Direction.Sensitive,
        ImplicationKind kind = ImplicationKind.Therapeutic,
        string[]? therapies = null,
        string? dose = null) => new()
    {
        Kind = kind,
        Biomarker = biomarker,
        // The card a finding lands on is keyed by its gene (SummaryLayout); whole-sample markers have none.
        Genes = biomarker.Split(' ')[0] is "TMB" or "MSI" or "MSI-High" ? [] : [biomarker.Split(' ')[0]],
        Therapies = therapies ?? ["drug-a", "drug-b"],
        Direction = direction,
        Tier = tier,
        Level = "1",
        RuleIds = ["rule.test.1"],
        Rationale = $"Rationale for {biomarker}.",
        References = [new Reference("pmid", "123", "Test citation, 2020", "https://example.org/123")],
        Matched = [new MatchedFinding("SmallVariants", biomarker, "test.maf:12", ["protein change reported as p.Val600Glu (three-letter amino-acid code)"])],
        InThisTumorType = tier is EvidenceTier.IA or EvidenceTier.IB,
        DoseAdjustment = dose,
        EvidenceSource = "Test source",
    };

    public static OmicsReport Report(IReadOnlyList<Implication>? implications = null, IReadOnlyList<KeyBiomarker>? biomarkers = null) => new()
    {
        SampleId = "S1",
        PatientId = "P1",
        TumorType = new TumorTypeRef("SKCM", "Cutaneous Melanoma"),
        KnowledgeBase = Kb,
        InputSha256 = new string('b', 64),
        Implications = implications ?? [],
        KeyBiomarkers = biomarkers ?? [],
        PertinentNegatives = [],
        RecommendedTests = [],
        QcFindings = [],
        Vus = [],
    };

    public static OmicsCase Case(Profiling? profiling = null, TumorMutationalBurden? tmb = null) => new()
    {
        Patient = new Patient { Id = "P1", Mrn = "MRN-1", FamilyName = "Doe", GivenName = "Jane", BirthDate = new DateOnly(1960, 1, 2), Sex = Sex.Female },
        Specimen = new Specimen { SampleId = "S1", SampleType = "Primary", TumorPurity = 0.5 },
        TumorType = new TumorType("SKCM", "Cutaneous Melanoma"),
        Profiling = profiling ?? new Profiling([new LayerCoverage(Layer.SmallVariants, "PANEL", null)]),
        Tmb = tmb,
    };

    public static ReportVersionHeader Header(VersionState state = VersionState.Draft) => new()
    {
        Version = 3,
        State = state,
        CreatedAt = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero),
        SignedBy = state is VersionState.Signed or VersionState.Amended ? "Dr. Test" : null,
        SignedAt = state is VersionState.Signed or VersionState.Amended ? new DateTimeOffset(2026, 11, 2, 10, 30, 0, TimeSpan.Zero) : null,
        Attestation = state is VersionState.Signed or VersionState.Amended ? "I approve." : null,
    };
}
