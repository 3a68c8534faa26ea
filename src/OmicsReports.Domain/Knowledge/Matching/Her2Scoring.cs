using System.Globalization;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;
using OmicsReports.Domain.Knowledge.Criteria;

namespace OmicsReports.Domain.Knowledge.Matching;

/// <summary>
/// HER2 status from IHC and ISH. Positive: IHC 3+, or 2+ with ISH amplified (ASCO/CAP HER2 testing guideline,
/// Wolff et al., J Clin Oncol 2018). Low: IHC 1+, or 2+ with ISH not amplified (trastuzumab deruxtecan FDA label,
/// 2022). Ultralow: IHC 0 with membrane staining (trastuzumab deruxtecan FDA label, 2025). IHC 2+ without a
/// conclusive ISH stays undetermined.
/// </summary>
public static class Her2Scoring
{
    public static IEnumerable<ProteinMarker> Markers(CaseIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        return index.ProteinsOf("HER2").Concat(index.ProteinsOf("ERBB2"))
            .Where(p => p.ScoringSystem.Contains("IHC", StringComparison.OrdinalIgnoreCase) && IhcScore(p) is not null);
    }

    /// <summary>The IHC score 0-3 from the category ("2+") or the value (2), or null when the marker has none.</summary>
    public static int? IhcScore(ProteinMarker marker)
    {
        ArgumentNullException.ThrowIfNull(marker);
        if (marker.Category is { } category
            && int.TryParse(category.Trim().TrimEnd('+'), NumberStyles.Integer, CultureInfo.InvariantCulture, out var fromCategory)
            && fromCategory is >= 0 and <= 3)
        {
            return fromCategory;
        }

        return marker.Value is { } value && value is >= 0 and <= 3 && value == Math.Floor(value) ? (int)value : null;
    }

    /// <summary>True when the reading has the status; IHC 3+ also counts as positive, and HER2-ultralow is also IHC 0.</summary>
    public static bool Is(ProteinMarker marker, Her2Status status) => status switch
    {
        Her2Status.Ihc3Plus => IhcScore(marker) == 3,
        Her2Status.Ultralow => IhcScore(marker) == 0 && ZeroOf(marker) == Her2Zero.Ultralow,
        _ => StatusOf(marker) == status,
    };

    /// <summary>
    /// For IHC 0, whether the report says membrane staining was seen (ultralow, "&gt;0 &lt;1+") or not (null);
    /// read from the category the harmonizer wrote ("0 (ultralow)", "0 (null)").
    /// </summary>
    public static Her2Zero ZeroOf(ProteinMarker marker)
    {
        ArgumentNullException.ThrowIfNull(marker);
        var category = marker.Category ?? string.Empty;
        return category.Contains("ultralow", StringComparison.OrdinalIgnoreCase) ? Her2Zero.Ultralow
            : category.Contains("null", StringComparison.OrdinalIgnoreCase) ? Her2Zero.Null
            : Her2Zero.Unspecified;
    }

    public static Her2Status? StatusOf(ProteinMarker marker) => (IhcScore(marker), marker.Ish) switch
    {
        (3, _) => Her2Status.Positive,
        (2, IshResult.Amplified) => Her2Status.Positive,
        (2, IshResult.NotAmplified) => Her2Status.Low,
        (2, _) => null,
        (1, _) => Her2Status.Low,
        (0, _) => Her2Status.Zero,
        _ => null,
    };
}
