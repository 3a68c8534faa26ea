using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;

namespace OmicsReports.Benchmarks;

/// <summary>
/// A deterministic 500-variant lung adenocarcinoma case: mostly passenger missense and truncating variants across the
/// gene table, a handful of actionable ones, copy-number calls, fusions, TMB, MSI, PD-L1 and pharmacogenomic results.
/// </summary>
public static class SyntheticCase
{
    private const string Residues = "ACDEFGHIKLMNPQRSTVWY";

    public static OmicsCase Create(IReadOnlyList<string> genes, int variantCount = 500, int seed = 20261121)
    {
        ArgumentNullException.ThrowIfNull(genes);
        var random = new Random(seed);
        var at = new SourceLocation("synthetic.maf", 1);
        var variants = new List<SmallVariant>
        {
            Variant("EGFR", new ProteinChange(ProteinChangeKind.Substitution, "L", 858, 858, "R", "L858R"), VariantConsequence.Missense, 2),
            Variant("EGFR", new ProteinChange(ProteinChangeKind.Substitution, "T", 790, 790, "M", "T790M"), VariantConsequence.Missense, 3),
            Variant("TP53", new ProteinChange(ProteinChangeKind.Nonsense, "R", 213, 213, "*", "R213*"), VariantConsequence.Nonsense, 4),
            Variant("PIK3CA", new ProteinChange(ProteinChangeKind.Substitution, "H", 1047, 1047, "R", "H1047R"), VariantConsequence.Missense, 5),
        };
        for (var i = variants.Count; i < variantCount; i++)
        {
            var gene = genes[random.Next(genes.Count)];
            var codon = random.Next(2, 1200);
            var reference = Residues[random.Next(Residues.Length)].ToString();
            var truncating = random.NextDouble() < 0.15;
            var alternate = truncating ? "*" : Residues[random.Next(Residues.Length)].ToString();
            var kind = truncating ? ProteinChangeKind.Nonsense : ProteinChangeKind.Substitution;
            var protein = new ProteinChange(kind, reference, codon, codon, alternate, $"{reference}{codon}{alternate}");
            variants.Add(Variant(gene, protein, truncating ? VariantConsequence.Nonsense : VariantConsequence.Missense, i + 2));
        }

        return new OmicsCase
        {
            Patient = new Patient { Id = "BENCH-P" },
            Specimen = new Specimen { SampleId = "BENCH-S", TumorPurity = 0.45, MeanCoverage = 620 },
            TumorType = new TumorType("LUAD", "Lung Adenocarcinoma"),
            Profiling = new Profiling(
            [
                new LayerCoverage(Layer.SmallVariants, null, null),
                new LayerCoverage(Layer.CopyNumber, null, null),
                new LayerCoverage(Layer.StructuralVariants, null, null),
                new LayerCoverage(Layer.Tmb, null, null),
                new LayerCoverage(Layer.Msi, null, null),
                new LayerCoverage(Layer.Pharmacogenomics, null, null),
            ]),
            Variants = variants,
            CopyNumbers = genes.Take(40).Select((g, i) => new CopyNumberAlteration
            {
                Gene = g, Call = i % 3 == 0 ? CopyNumberCall.Amplification : CopyNumberCall.ShallowDeletion, Source = at,
            }).ToArray(),
            StructuralVariants = [new StructuralVariant { GeneA = "EML4", GeneB = "ALK", Source = at }, new StructuralVariant { GeneA = "CD74", GeneB = "ROS1", Source = at }],
            Tmb = new TumorMutationalBurden { MutationsPerMegabase = 14, Source = at },
            Msi = new MicrosatelliteInstability { Status = MsiStatus.Stable, Source = at },
            Proteins = [new ProteinMarker { Marker = "PD-L1", ScoringSystem = "TPS", Value = 60, AntibodyClone = "22C3", Source = at }],
            Pharmacogenomics = [new PharmacogenomicResult { Gene = "DPYD", Diplotype = "*1/*2A", ActivityScore = 1, Source = at }],
        };

        SmallVariant Variant(string gene, ProteinChange protein, VariantConsequence consequence, int line) => new()
        {
            Gene = gene, Protein = protein, Consequence = consequence, Vaf = 0.3, Depth = 600, Source = at with { Line = line },
        };
    }
}
