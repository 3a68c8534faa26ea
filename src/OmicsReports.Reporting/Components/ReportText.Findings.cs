using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Reports;
using OmicsReports.Domain.Reports.Distillation;

namespace OmicsReports.Reporting.Components;

/// <summary>The catalogue's words for the values of findings, as the detail tables, the PDF and the board show them.</summary>
public static partial class ReportText
{
    public static string CopyNumber(CopyNumberCall call) => call switch
    {
        CopyNumberCall.DeepDeletion => "Deep deletion",
        CopyNumberCall.ShallowDeletion => "Shallow deletion",
        CopyNumberCall.Neutral => "Copy-neutral",
        CopyNumberCall.Gain => "Gain",
        CopyNumberCall.Amplification => "Amplification",
        _ => throw new ArgumentOutOfRangeException(nameof(call), call, "Unknown copy-number call."),
    };

    public static string Consequence(VariantConsequence consequence) => consequence switch
    {
        VariantConsequence.Missense => "Missense",
        VariantConsequence.Nonsense => "Nonsense (stop gained)",
        VariantConsequence.FrameshiftDeletion => "Frameshift deletion",
        VariantConsequence.FrameshiftInsertion => "Frameshift insertion",
        VariantConsequence.Frameshift => "Frameshift",
        VariantConsequence.InframeDeletion => "In-frame deletion",
        VariantConsequence.InframeInsertion => "In-frame insertion",
        VariantConsequence.SpliceSite => "Splice site",
        VariantConsequence.SpliceRegion => "Splice region",
        VariantConsequence.Silent => "Silent",
        VariantConsequence.StartLost => "Start lost",
        VariantConsequence.StopLost => "Stop lost",
        VariantConsequence.Intronic => "Intronic",
        VariantConsequence.UntranslatedRegion => "UTR",
        VariantConsequence.Intergenic => "Intergenic",
        VariantConsequence.NonCodingTranscript => "Non-coding transcript",
        VariantConsequence.Upstream => "Upstream",
        VariantConsequence.Downstream => "Downstream",
        VariantConsequence.Other => "Other",
        _ => throw new ArgumentOutOfRangeException(nameof(consequence), consequence, "Unknown consequence."),
    };

    public static string Origin(VariantOrigin origin) => origin switch
    {
        VariantOrigin.Somatic => "Somatic",
        VariantOrigin.Germline => "Germline",
        VariantOrigin.Unknown => "Not stated",
        _ => throw new ArgumentOutOfRangeException(nameof(origin), origin, "Unknown origin."),
    };

    public static string StructuralKind(StructuralVariantKind kind) => kind switch
    {
        StructuralVariantKind.Fusion => "Fusion",
        StructuralVariantKind.Deletion => "Deletion",
        StructuralVariantKind.Duplication => "Duplication",
        StructuralVariantKind.Inversion => "Inversion",
        StructuralVariantKind.Translocation => "Translocation",
        StructuralVariantKind.Other => "Other rearrangement",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown structural variant kind."),
    };

    public static string Frame(FusionFrame frame) => frame switch
    {
        FusionFrame.InFrame => "In frame",
        FusionFrame.OutOfFrame => "Out of frame",
        FusionFrame.Unknown => "Not stated",
        _ => throw new ArgumentOutOfRangeException(nameof(frame), frame, "Unknown frame."),
    };

    public static string Ish(IshResult ish) => ish switch
    {
        IshResult.NotDone => "Not done",
        IshResult.Amplified => "Amplified",
        IshResult.NotAmplified => "Not amplified",
        IshResult.Equivocal => "Equivocal",
        _ => throw new ArgumentOutOfRangeException(nameof(ish), ish, "Unknown ISH result."),
    };

    public static string Msi(MsiStatus status) => FindingLabels.MsiText(status);

    public static string QcSeverity(QcSeverity severity) => severity switch
    {
        Domain.Reports.QcSeverity.Info => "Note",
        Domain.Reports.QcSeverity.Caution => "Caution",
        Domain.Reports.QcSeverity.Warning => "Warning",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "Unknown severity."),
    };

    public static string ProblemSeverity(ProblemSeverity severity) => severity switch
    {
        Domain.Cases.ProblemSeverity.Error => "Error",
        Domain.Cases.ProblemSeverity.Warning => "Warning",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "Unknown severity."),
    };

    /// <summary>
    /// A protein result with its unit: "60%" for a tumour proportion score or percent positive, "2+" for an IHC
    /// score, else the category or the number on the named scale ("CPS 12").
    /// </summary>
    public static string ProteinResult(ProteinMarker marker)
    {
        ArgumentNullException.ThrowIfNull(marker);
        var comparator = marker.Comparator switch
        {
            ValueComparator.LessThan => "< ",
            ValueComparator.LessThanOrEqual => "≤ ",
            ValueComparator.GreaterThan => "> ",
            ValueComparator.GreaterThanOrEqual => "≥ ",
            _ => string.Empty,
        };
        if (marker.Category is { } category)
        {
            return category;
        }

        return marker.Value is not { } value
            ? "–"
            : marker.ScoringSystem.ToUpperInvariant() switch
            {
                "TPS" or "PERCENT POSITIVE" or "%" => $"{comparator}{Number(value)}%",
                "IHC SCORE" => $"{comparator}{Number(value)}+",
                _ => $"{marker.ScoringSystem} {comparator}{Number(value)}",
            };
    }
}
