using OmicsReports.Domain.Cases;

namespace OmicsReports.Domain.Knowledge.Matching;

/// <summary>
/// Compares a protein score, which may be a bound ("&lt;1%", "≥50%"), with a rule's range [atLeast, below). The
/// reported value stands for an interval of possible true values: the rule holds when the whole interval lies in the
/// range, fails when none of it does, and is undecided otherwise. "&lt;1%" is never read as 1%.
/// </summary>
public static class IhcRange
{
    public static Truth Compare(ProteinMarker marker, double? atLeast, double? below)
    {
        ArgumentNullException.ThrowIfNull(marker);
        if (marker.Value is not { } v)
        {
            return Truth.Unknown;
        }

        var (low, lowIncluded, high, highIncluded) = marker.Comparator switch
        {
            ValueComparator.LessThan => (double.NegativeInfinity, false, v, false),
            ValueComparator.LessThanOrEqual => (double.NegativeInfinity, false, v, true),
            ValueComparator.GreaterThan => (v, false, double.PositiveInfinity, false),
            ValueComparator.GreaterThanOrEqual => (v, true, double.PositiveInfinity, false),
            _ => (v, true, v, true),
        };

        var aboveMin = atLeast is not { } min ? Truth.True
            : low > min || (low == min && lowIncluded) ? Truth.True
            : high < min || (high == min && !highIncluded) ? Truth.False
            : Truth.Unknown;
        var belowMax = below is not { } max ? Truth.True
            : high < max || (high == max && !highIncluded) ? Truth.True
            : low > max || (low == max && lowIncluded) ? Truth.False
            : Truth.Unknown;
        return (aboveMin, belowMax) switch
        {
            (Truth.False, _) or (_, Truth.False) => Truth.False,
            (Truth.True, Truth.True) => Truth.True,
            _ => Truth.Unknown,
        };
    }
}
