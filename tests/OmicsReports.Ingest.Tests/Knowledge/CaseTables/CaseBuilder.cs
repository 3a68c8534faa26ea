using System.Globalization;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;

namespace OmicsReports.Ingest.Tests.Knowledge.CaseTables;

/// <summary>Turns a case-table row into the harmonized case the importers would produce (variants located as CaseAssembly does).</summary>
public static class CaseBuilder
{
    private static readonly HashSet<string> PgxGenes = new(StringComparer.Ordinal) { "DPYD", "UGT1A1", "TPMT", "NUDT15", "CYP2D6", "G6PD" };
    private static readonly HashSet<string> MmrMarkers = new(StringComparer.Ordinal) { "MLH1", "MSH2", "MSH6", "PMS2" };

    public static OmicsCase Build(CaseTableRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var at = new SourceLocation(row.File, row.Line);
        var findings = Split(row.Findings).Select(f => FindingParser.Parse(f, at)).ToArray();
        var (purity, coverage) = Specimen(row.Specimen);
        return new OmicsCase
        {
            Patient = new Patient { Id = "P-" + row.Id },
            Specimen = new Specimen { SampleId = row.Id, TumorPurity = purity, MeanCoverage = coverage },
            TumorType = row.TumorType is "-" or "" ? null : new TumorType(row.TumorType, row.TumorType),
            Profiling = Profiling(row.Tested),
            // As the importer does: exons, splice sites and frames derived from c./p. on the shipped transcript table.
            Variants = findings.OfType<SmallVariant>().Select(Reference.ShippedTranscripts.Locator.Locate).ToArray(),
            CopyNumbers = findings.OfType<CopyNumberAlteration>().ToArray(),
            StructuralVariants = findings.OfType<StructuralVariant>().ToArray(),
            Tmb = findings.OfType<TumorMutationalBurden>().SingleOrDefault(),
            Msi = findings.OfType<MicrosatelliteInstability>().SingleOrDefault(),
            Expression = findings.OfType<ExpressionValue>().ToArray(),
            Proteins = findings.OfType<ProteinMarker>().ToArray(),
            Pharmacogenomics = findings.OfType<PharmacogenomicResult>().ToArray(),
            PriorTherapies = findings.Any(f => f is PriorTherapy or NoPriorTherapy) ? findings.OfType<PriorTherapy>().ToArray() : null,
            Hrd = findings.OfType<HomologousRecombinationDeficiency>().SingleOrDefault(),
            Hla = findings.OfType<HlaGenotype>().ToArray(),
            Warnings = findings.OfType<WarningFinding>().Select(w => ImportProblem.Warning("import-warning", row.File, row.Line, null, w.Message)).ToArray(),
        };
    }

    internal static IEnumerable<string> Split(string cell) =>
        cell is "-" ? [] : cell.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    internal static bool IsPgxGene(string gene) => PgxGenes.Contains(gene);

    internal static bool IsMmrMarker(string gene) => MmrMarkers.Contains(gene);

    /// <summary>"dna" (all genes), "dna: EGFR KRAS" (a panel), "cna", "rna" (fusions), "msi", "tmb", "pgx", "expr".</summary>
    private static Profiling Profiling(string tested)
    {
        var layers = new List<LayerCoverage>();
        foreach (var item in Split(tested))
        {
            var parts = item.Split(':', 2, StringSplitOptions.TrimEntries);
            var layer = parts[0] switch
            {
                "dna" => Layer.SmallVariants,
                "cna" => Layer.CopyNumber,
                "rna" => Layer.StructuralVariants,
                "msi" => Layer.Msi,
                "tmb" => Layer.Tmb,
                "pgx" => Layer.Pharmacogenomics,
                "expr" => Layer.Expression,
                _ => throw new FormatException($"Unknown tested layer '{parts[0]}'."),
            };
            var genes = parts.Length == 2 ? new HashSet<string>(parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal) : null;
            layers.Add(new LayerCoverage(layer, genes is null ? null : "panel", genes));
        }

        return new Profiling(layers);
    }

    private static (double? Purity, double? Coverage) Specimen(string cell)
    {
        double? purity = 0.6, coverage = 500; // a well-behaved specimen unless the row says otherwise
        foreach (var item in Split(cell))
        {
            var words = item.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            switch (words[0])
            {
                case "purity" when words[1] == "unknown":
                    purity = null;
                    break;
                case "purity":
                    purity = double.Parse(words[1].TrimEnd('%'), CultureInfo.InvariantCulture) / 100;
                    break;
                case "coverage":
                    coverage = double.Parse(words[1].TrimEnd('x'), CultureInfo.InvariantCulture);
                    break;
                default:
                    throw new FormatException($"Unknown specimen item '{item}'.");
            }
        }

        return (purity, coverage);
    }
}

/// <summary>A case-table "warning: ..." item: an import warning rather than a finding.</summary>
public sealed record WarningFinding(string Message) : Finding;

/// <summary>A case-table "prior none" item: prior therapies are known, and there were none.</summary>
public sealed record NoPriorTherapy : Finding;

/// <summary>The harmonizer's readings of what a file wrote, with the notes it attaches ("reported as ...").</summary>
internal static class Harmonized
{
    /// <summary>The canonical protein change, through the same parser the importers use.</summary>
    public static (ProteinChange Change, HarmonizationNote? Note) Protein(string text) =>
        ProteinNotation.TryParse(text, out var change, out var note) && change is not null
            ? (change, note)
            : throw new FormatException($"The case table's protein change '{text}' is not understood.");

    /// <summary>The current HGNC symbol for a gene name as written (HER2 is ERBB2), with the note.</summary>
    public static (string Gene, HarmonizationNote? Note) Gene(string text)
    {
        var resolution = OncoTreeFixture.Genes.Resolve(text);
        return resolution.Symbol is { } symbol ? (symbol, resolution.Note) : (text, null);
    }
}
