using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;

namespace OmicsReports.Testing;

/// <summary>
/// Deterministic stored cases for the reanalysis benchmark: case <c>i</c> takes a tumour type and one or two actionable
/// alterations from small menus (so that a new release changes some of them and not others) and 40 passenger
/// variants from a seeded generator. A fixed seed per case: the same database every time, never committed.
/// </summary>
public static class StoredCases
{
    private const string Residues = "ACDEFGHIKLMNPQRSTVWY";

    private static readonly (string Code, string Name)[] TumorTypes =
    [
        ("LUAD", "Lung Adenocarcinoma"), ("COAD", "Colon Adenocarcinoma"), ("SKCM", "Cutaneous Melanoma"),
        ("IDC", "Breast Invasive Ductal Carcinoma"), ("THPA", "Papillary Thyroid Cancer"), ("UEC", "Uterine Endometrioid Carcinoma"),
    ];

    private static readonly (string Gene, string Reference, int Codon, string Alternate)[] Drivers =
    [
        ("EGFR", "L", 858, "R"), ("BRAF", "V", 600, "E"), ("KRAS", "G", 12, "C"), ("PIK3CA", "H", 1047, "R"), ("KRAS", "G", 12, "D"),
        ("ERBB2", "S", 310, "F"), ("ESR1", "Y", 537, "S"), ("NRAS", "Q", 61, "R"), ("IDH1", "R", 132, "H"), ("EGFR", "T", 790, "M"),
    ];

    public static OmicsCase Create(int index, IReadOnlyList<string> genes, int passengers = 40)
    {
        ArgumentNullException.ThrowIfNull(genes);
        var random = new Random(20261206 + index);
        var at = new SourceLocation("stored.maf", 1);
        var (code, name) = TumorTypes[index % TumorTypes.Length];
        var variants = new List<SmallVariant>();
        foreach (var (gene, reference, codon, alternate) in new[] { Drivers[index % Drivers.Length], Drivers[(index / 7) % Drivers.Length] }.Distinct())
        {
            variants.Add(Variant(gene, reference, codon, alternate, variants.Count + 2));
        }

        for (var i = 0; i < passengers; i++)
        {
            var truncating = random.NextDouble() < 0.15;
            var codon = random.Next(2, 1200);
            variants.Add(Variant(genes[random.Next(genes.Count)], Residues[random.Next(Residues.Length)].ToString(), codon,
                truncating ? "*" : Residues[random.Next(Residues.Length)].ToString(), variants.Count + 2));
        }

        var id = $"BENCH-{index:D5}";
        return new OmicsCase
        {
            Patient = new Patient { Id = id, Mrn = id, FamilyName = $"Patient{index % 997}", GivenName = $"Test{index % 89}" },
            Specimen = new Specimen { SampleId = $"{id}-T", TumorPurity = 0.5, MeanCoverage = 500 },
            TumorType = new TumorType(code, name),
            Profiling = new Profiling(
            [
                new LayerCoverage(Layer.SmallVariants, null, null), new LayerCoverage(Layer.CopyNumber, null, null),
                new LayerCoverage(Layer.StructuralVariants, null, null), new LayerCoverage(Layer.Tmb, null, null),
            ]),
            Variants = variants,
            CopyNumbers = index % 5 == 0 ? [new CopyNumberAlteration { Gene = "ERBB2", Call = CopyNumberCall.Amplification, Source = at }] : [],
            StructuralVariants = index % 11 == 0 ? [new StructuralVariant { GeneA = "CD74", GeneB = "ROS1", Source = at }] : [],
            Tmb = new TumorMutationalBurden { MutationsPerMegabase = 2 + (index % 25), Source = at },
        };

        SmallVariant Variant(string gene, string reference, int codon, string alternate, int line) => new()
        {
            Gene = gene,
            Protein = new ProteinChange(alternate == "*" ? ProteinChangeKind.Nonsense : ProteinChangeKind.Substitution, reference, codon, codon, alternate,
                $"{reference}{codon}{alternate}"),
            Consequence = alternate == "*" ? VariantConsequence.Nonsense : VariantConsequence.Missense,
            Vaf = 0.3,
            Depth = 500,
            Source = at with { Line = line },
        };
    }
}
