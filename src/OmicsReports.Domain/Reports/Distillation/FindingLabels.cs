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
        _ => [],
    };

    public static string MsiText(MsiStatus status) => status switch
    {
        MsiStatus.High => "MSI-High",
        MsiStatus.Low => "MSI-Low",
        MsiStatus.Stable => "MSS",
        _ => "MSI indeterminate",
    };

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
