using OmicsReports.Domain.Cases;

namespace OmicsReports.Web.Features.Report.Tabs;

/// <summary>Filtering and sorting of the variant table in plain LINQ to objects.</summary>
internal static class VariantRows
{
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

    public static IReadOnlyList<SmallVariant> Sort(IReadOnlyList<SmallVariant> variants, string? property, bool descending)
    {
        IEnumerable<SmallVariant> sorted = property switch
        {
            nameof(SmallVariant.Gene) => Order(variants, v => v.Gene ?? string.Empty, descending),
            nameof(SmallVariant.Consequence) => Order(variants, v => v.Consequence.ToString(), descending),
            nameof(SmallVariant.Vaf) => Order(variants, v => v.Vaf ?? -1, descending),
            nameof(SmallVariant.Depth) => Order(variants, v => v.Depth ?? -1, descending),
            nameof(SmallVariant.Origin) => Order(variants, v => v.Origin.ToString(), descending),
            _ => variants,
        };
        return sorted as IReadOnlyList<SmallVariant> ?? sorted.ToList();
    }

    private static IEnumerable<SmallVariant> Order<TKey>(IEnumerable<SmallVariant> variants, Func<SmallVariant, TKey> key, bool descending) =>
        descending ? variants.OrderByDescending(key) : variants.OrderBy(key);
}
