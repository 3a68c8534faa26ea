using System.Text.RegularExpressions;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;

namespace OmicsReports.Domain.Knowledge.Matching;

/// <summary>
/// Reads a protein score on the scale a rule asks for. Percentages of tumour cells at or above an intensity nest:
/// the share at 3+ is part of the share at 2+ or more, so "PS3+ 80%" means at least 80% on PS2+, and "PS2+ 80%" means
/// at most 80% on PS3+. A percentage whose intensity was not stated could be either and decides nothing.
/// </summary>
public static partial class IhcScales
{
    /// <summary>
    /// <paramref name="marker"/> as a bound on <paramref name="scale"/>: itself when it is on that scale, a derived
    /// bound for another PSn+ scale, an undecided bound for an unspecified scale, or null when it says nothing.
    /// </summary>
    public static ProteinMarker? OnScale(ProteinMarker marker, string scale)
    {
        ArgumentNullException.ThrowIfNull(marker);
        ArgumentNullException.ThrowIfNull(scale);
        if (marker.Value is not { } value)
        {
            return null;
        }

        if (string.Equals(marker.ScoringSystem, scale, StringComparison.OrdinalIgnoreCase))
        {
            return marker;
        }

        // Only for the markers scored by intensity (IhcMarkers); PD-L1 keeps its own scoring systems (TPS, CPS, IC, TAP).
        if (string.Equals(marker.ScoringSystem, IhcReading.Unspecified, StringComparison.OrdinalIgnoreCase) && IhcMarkers.Find(marker.Marker) is not null)
        {
            return Rescaled(marker, scale, 100, ValueComparator.LessThanOrEqual);
        }

        if (Intensity(marker.ScoringSystem) is not { } reported || Intensity(scale) is not { } wanted)
        {
            return null;
        }

        var lowerBound = marker.Comparator is ValueComparator.Exact or ValueComparator.GreaterThan or ValueComparator.GreaterThanOrEqual;
        var upperBound = marker.Comparator is ValueComparator.Exact or ValueComparator.LessThan or ValueComparator.LessThanOrEqual;
        return reported > wanted
            ? (lowerBound ? Rescaled(marker, scale, value, marker.Comparator == ValueComparator.GreaterThan ? ValueComparator.GreaterThan : ValueComparator.GreaterThanOrEqual)
                : Rescaled(marker, scale, 0, ValueComparator.GreaterThanOrEqual))
            : (upperBound ? Rescaled(marker, scale, value, marker.Comparator == ValueComparator.LessThan ? ValueComparator.LessThan : ValueComparator.LessThanOrEqual)
                : Rescaled(marker, scale, 100, ValueComparator.LessThanOrEqual));
    }

    private static ProteinMarker Rescaled(ProteinMarker marker, string scale, double value, ValueComparator comparator) =>
        marker with { ScoringSystem = scale, Value = value, Comparator = comparator };

    private static int? Intensity(string scale)
    {
        var match = PercentAtIntensity().Match(scale);
        return match.Success ? match.Groups[1].Value[0] - '0' : null;
    }

    [GeneratedRegex(@"^PS([123])\+$", RegexOptions.IgnoreCase)]
    private static partial Regex PercentAtIntensity();
}
