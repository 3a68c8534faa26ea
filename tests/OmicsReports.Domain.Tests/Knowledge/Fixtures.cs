using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;
using OmicsReports.Domain.Knowledge;
using OmicsReports.Domain.Knowledge.Criteria;
using OmicsReports.Domain.Knowledge.Therapies;
using OmicsReports.Domain.Reports;

namespace OmicsReports.Domain.Tests.Knowledge;

/// <summary>Small hand-built cases, rules and a slice of OncoTree (codes and parents as in the 2025 release).</summary>
public static class Fixtures
{
    public static OncoTreeHierarchy Tree { get; } = new(new OncoTree("test", Nodes(
        ("TISSUE", "Tissue", null),
        ("LUNG", "Lung", "TISSUE"), ("NSCLC", "Non-Small Cell Lung Cancer", "LUNG"), ("LUAD", "Lung Adenocarcinoma", "NSCLC"),
        ("BOWEL", "Bowel", "TISSUE"), ("COADREAD", "Colorectal Adenocarcinoma", "BOWEL"), ("COAD", "Colon Adenocarcinoma", "COADREAD"),
        ("SKIN", "Skin", "TISSUE"), ("MEL", "Melanoma", "SKIN"),
        ("MYELOID", "Myeloid", "TISSUE"), ("MNM", "Myeloid Neoplasm", "MYELOID"), ("AML", "Acute Myeloid Leukemia", "MNM")), []));

    public static SourceLocation At { get; } = new("case.maf", 2);

    public static Profiling Everything { get; } = new(
    [
        new LayerCoverage(Layer.SmallVariants, null, null),
        new LayerCoverage(Layer.CopyNumber, null, null),
        new LayerCoverage(Layer.StructuralVariants, null, null),
    ]);

    public static SmallVariant Variant(string gene, ProteinChange? protein, VariantConsequence consequence = VariantConsequence.Missense) =>
        new() { Gene = gene, Protein = protein, Consequence = consequence, Source = At, Vaf = 0.4 };

    public static ProteinChange Substitution(string reference, int codon, string alternate) =>
        new(ProteinChangeKind.Substitution, reference, codon, codon, alternate, $"{reference}{codon}{alternate}");

    public static ProteinChange Range(ProteinChangeKind kind, int start, int end, string shortForm, string? alternate = null) =>
        new(kind, shortForm[..1], start, end, alternate, shortForm);

    public static OmicsCase Case(string? tumorType, params Finding[] findings) => new()
    {
        Patient = new Patient { Id = "P1" },
        Specimen = new Specimen { SampleId = "S1", TumorPurity = 0.5, MeanCoverage = 500 },
        TumorType = tumorType is null ? null : new TumorType(tumorType, tumorType),
        Profiling = Everything,
        Variants = findings.OfType<SmallVariant>().ToArray(),
        CopyNumbers = findings.OfType<CopyNumberAlteration>().ToArray(),
        StructuralVariants = findings.OfType<StructuralVariant>().ToArray(),
        Tmb = findings.OfType<TumorMutationalBurden>().FirstOrDefault(),
        Msi = findings.OfType<MicrosatelliteInstability>().FirstOrDefault(),
        Expression = findings.OfType<ExpressionValue>().ToArray(),
        Proteins = findings.OfType<ProteinMarker>().ToArray(),
        Pharmacogenomics = findings.OfType<PharmacogenomicResult>().ToArray(),
        Hrd = findings.OfType<HomologousRecombinationDeficiency>().FirstOrDefault(),
        Hla = findings.OfType<HlaGenotype>().ToArray(),
    };

    public static Rule Rule(
        string id,
        Criterion when,
        string[] tumorTypes,
        string[][] therapies,
        Direction direction = Direction.Sensitive,
        EvidenceLevel level = EvidenceLevel.FdaApproved,
        string[]? excluded = null) => new()
        {
            Id = id,
            Biomarker = id,
            Kind = ImplicationKind.Therapeutic,
            When = when,
            Scope = tumorTypes switch
            {
                ["solid"] => new RuleScope { Breadth = ScopeBreadth.AllSolidTumors, Excluded = excluded ?? [] },
                _ => new RuleScope { TumorTypes = tumorTypes, Excluded = excluded ?? [] },
            },
            Therapies = therapies.Select(t => new Regimen(t)).ToArray(),
            Direction = direction,
            Setting = direction == Direction.Sensitive ? TherapySetting.AnyLine : null,
            Evidence = new RuleEvidence
            {
                Source = EvidenceSource.FdaLabel,
                Level = level,
                References = [new Reference("fda-label", "X", "X FDA label, 2020")],
                LastReviewed = new DateOnly(2026, 11, 21),
            },
            Rationale = $"{id} rationale",
            Location = new SourceLocation("rules/test.yaml", 3),
        };

    private static IEnumerable<TumorTypeNode> Nodes(params (string Code, string Name, string? Parent)[] nodes) =>
        nodes.Select(n => new TumorTypeNode(n.Code, n.Name, null, null, n.Parent, 0));

    public static KnowledgeBase Base(params Rule[] rules) => new()
    {
        Stamp = new KnowledgeBaseStamp("test-1", new string('a', 64)),
        Rules = rules,
        Oncogenic = new OncogenicDefinition(["TP53", "BRCA2"], [new Hotspot("KRAS", 12, null, new Reference("fda-label", "V", "Vectibix"))]),
    };
}
