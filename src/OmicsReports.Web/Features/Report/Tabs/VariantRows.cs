using OmicsReports.Domain.Cases;

namespace OmicsReports.Web.Features.Report.Tabs;

/// <summary>
/// Filtering, sorting and paging of the variant table in plain LINQ to objects. The sort keys are the grid's column
/// functions, so no expression tree is compiled per render (see docs/performance.md).
/// </summary>
internal static class VariantRows
{
    public static readonly Func<SmallVariant, object> Gene = v => v.Gene ?? string.Empty;
    public static readonly Func<SmallVariant, object> Consequence = v => Reporting.Components.ReportText.Consequence(v.Consequence);
    public static readonly Func<SmallVariant, object> Vaf = v => v.Vaf ?? -1;
    public static readonly Func<SmallVariant, object> Depth = v => v.Depth ?? -1;
    public static readonly Func<SmallVariant, object> Origin = v => Reporting.Components.ReportText.Origin(v.Origin);

    public static IReadOnlyList<SmallVariant> Filter(IReadOnlyList<SmallVariant> variants, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return variants;
        }

        var term = text.Trim();
        return variants.Where(v => v.Label.Contains(term, StringComparison.OrdinalIgnoreCase) ||
                                   (v.HgvsC?.Contains(term, StringComparison.OrdinalIgnoreCase) ?? false)).ToList();
    }

    /// <summary>Sorts by a column's key function; the file's order when there is none. Stable, so ties keep it.</summary>
    public static IReadOnlyList<SmallVariant> Sort(IReadOnlyList<SmallVariant> variants, Func<SmallVariant, object?>? key, bool descending) =>
        key is null ? variants
        : descending ? variants.OrderByDescending(key, Comparer<object?>.Default).ToList()
        : variants.OrderBy(key, Comparer<object?>.Default).ToList();
}
