using System.Globalization;
using OmicsReports.Domain.Cases;

namespace OmicsReports.Domain.Reports.Distillation;

/// <summary>The layer and the clinician-facing label of each kind of finding.</summary>
public static class FindingLabels
{
    public static Layer LayerOf(Finding finding) => finding switch
    {
        SmallVariant => Layer.SmallVariants,
        CopyNumberAlteration or CopyNumberSegment => Layer.CopyNumber,
        StructuralVariant => Layer.StructuralVariants,
        TumorMutationalBurden => Layer.Tmb,
        MicrosatelliteInstability => Layer.Msi,
        ExpressionValue => Layer.Expression,
        ProteinMarker => Layer.Protein,
        PharmacogenomicResult => Layer.Pharmacogenomics,
        HomologousRecombinationDeficiency => Layer.Hrd,
        HlaGenotype => Layer.Hla,
        _ => throw new ArgumentOutOfRangeException(nameof(finding), finding?.GetType().Name, "Unknown finding."),
    };

    public static string LabelOf(Finding finding) => finding switch
    {
        SmallVariant v => v.Label,
        CopyNumberAlteration c => $"{c.Gene} {CallText(c.Call)}",
        CopyNumberSegment s => $"chr{s.Chromosome}:{s.Start}-{s.End}",
        StructuralVariant sv => sv.Label,
        TumorMutationalBurden t => $"TMB {Number(t.MutationsPerMegabase)} mut/Mb",
        MicrosatelliteInstability m => MsiText(m.Status),
        ExpressionValue e => e.ZScore is { } z ? $"{e.Gene} mRNA z-score {Number(z)}" : $"{e.Gene} mRNA {Number(e.Value ?? 0)}",
        ProteinMarker p => ProteinText(p),
        PharmacogenomicResult g => g.ActivityScore is { } score
            ? $"{g.Gene} {g.Diplotype} (activity score {Number(score)})"
            : $"{g.Gene} {g.Diplotype}{(g.Phenotype is { } ph ? $" ({ph})" : string.Empty)}",
        HomologousRecombinationDeficiency h => HrdText(h),
        HlaGenotype h => $"{h.Gene} {string.Join("/", h.Alleles)}",
        _ => throw new ArgumentOutOfRangeException(nameof(finding), finding?.GetType().Name, "Unknown finding."),
    };

    /// <summary>The genes a finding concerns; empty for whole-sample biomarkers.</summary>
    public static IEnumerable<string> GenesOf(Finding finding) => finding switch
    {
        SmallVariant { Gene: { } gene } => [gene],
        CopyNumberAlteration c => [c.Gene],
        StructuralVariant { GeneB: { } b } sv when b != sv.GeneA => [sv.GeneA, b],
        StructuralVariant sv => [sv.GeneA],
        ExpressionValue e => [e.Gene],
        PharmacogenomicResult g => [g.Gene],
        // HER2 by IHC/ISH is the protein of ERBB2: one biomarker with ERBB2 amplification on the summary.
        ProteinMarker { Marker: var marker } when marker.Equals("HER2", StringComparison.OrdinalIgnoreCase) || marker.Equals("ERBB2", StringComparison.OrdinalIgnoreCase) => ["ERBB2"],
        HlaGenotype h => [h.Gene],
        _ => [],
    };

    public static string MsiText(MsiStatus status) => status switch
    {
        MsiStatus.High => "MSI-High",
        MsiStatus.Low => "MSI-Low",
        MsiStatus.Stable => "MSS",
        _ => "MSI indeterminate",
    };

    /// <summary>"HRD positive (GIS 48, myChoice CDx)", "HRD GIS 30": status first, then what it rests on.</summary>
    public static string HrdText(HomologousRecombinationDeficiency hrd)
    {
        ArgumentNullException.ThrowIfNull(hrd);
        var status = hrd.Status switch
        {
            HrdStatus.Positive => "HRD positive",
            HrdStatus.Negative => "HRD negative",
            HrdStatus.Indeterminate => "HRD indeterminate",
            _ => "HRD",
        };
        var details = new[] { hrd.Score is { } s ? $"{hrd.ScoreKind ?? "score"} {Number(s)}" : null, hrd.Assay }.OfType<string>().ToArray();
        return details.Length == 0 ? status
            : hrd.Status == HrdStatus.NotStated ? $"{status} {string.Join(", ", details)}"
            : $"{status} ({string.Join(", ", details)})";
    }

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string CallText(CopyNumberCall call) => call switch
    {
        CopyNumberCall.Amplification => "amplification",
        CopyNumberCall.Gain => "gain",
        CopyNumberCall.ShallowDeletion => "shallow deletion",
        CopyNumberCall.DeepDeletion => "deep deletion",
        _ => "copy-neutral",
    };

    private static string ProteinText(ProteinMarker p)
    {
        var reading = p.Category ?? (p.Value is { } v ? Number(v) : "?");
        var unit = p.ScoringSystem is "TPS" ? "%" : string.Empty;
        var clone = p.AntibodyClone is { } c ? $" ({c})" : string.Empty;
        var ish = p.Ish switch
        {
            IshResult.Amplified => ", ISH amplified",
            IshResult.NotAmplified => ", ISH not amplified",
            IshResult.Equivocal => ", ISH equivocal",
            _ => string.Empty,
        };
        return $"{p.Marker} {p.ScoringSystem} {reading}{unit}{clone}{ish}";
    }
}
