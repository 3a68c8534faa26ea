using System.Text.RegularExpressions;

namespace OmicsReports.Domain.Harmonization;

/// <summary>
/// An HLA allele in WHO nomenclature: locus, then up to four colon-separated fields (allele group, specific protein,
/// synonymous change, non-coding change) and an optional expression suffix, e.g. "HLA-A*02:01:01:02L". Two fields
/// identify the protein, which is what a drug such as tebentafusp (HLA-A*02:01) depends on.
/// </summary>
public sealed partial record HlaAllele(string Locus, IReadOnlyList<string> Fields, string? Suffix)
{
    /// <summary>The HGNC symbol of the locus: "HLA-A".</summary>
    public string Gene => $"HLA-{Locus}";

    /// <summary>The allele at the resolution given, without the "HLA-" prefix: "A*02:01".</summary>
    public string Name => $"{Locus}*{string.Join(':', Fields)}{Suffix}";

    /// <summary>The allele at two-field (protein) resolution, or null when only the allele group was typed.</summary>
    public string? Protein => Fields.Count >= 2 ? $"{Locus}*{Fields[0]}:{Fields[1]}" : null;

    /// <summary>
    /// Reads "HLA-A*02:01", "A*02:01:01G", "HLA-A*0201" (the older colon-less form of two 2-digit fields) or "A*02".
    /// Null for anything else (serological names such as "A2" say too little to match a two-field allele).
    /// </summary>
    public static HlaAllele? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var match = Pattern().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var locus = match.Groups["locus"].Value.ToUpperInvariant();
        var digits = match.Groups["fields"].Value;
        var fields = digits.Contains(':', StringComparison.Ordinal) ? digits.Split(':')
            : digits.Length == 4 ? [digits[..2], digits[2..]]
            : digits.Length == 2 ? [digits]
            : null;
        var suffix = match.Groups["suffix"].Success ? match.Groups["suffix"].Value.ToUpperInvariant() : null;
        return fields is null ? null : new HlaAllele(locus, fields, suffix);
    }

    /// <summary>True when this typed allele is the two-field allele <paramref name="protein"/>, false when it is not, null when too coarse to say.</summary>
    public bool? IsProtein(HlaAllele protein)
    {
        ArgumentNullException.ThrowIfNull(protein);
        if (!string.Equals(Locus, protein.Locus, StringComparison.Ordinal))
        {
            return false;
        }

        if (Fields.Count < 2)
        {
            return string.Equals(Fields[0], protein.Fields[0], StringComparison.Ordinal) ? null : false;
        }

        return string.Equals(Protein, protein.Protein, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(?:HLA-)?(?<locus>[A-Za-z]+[0-9]?)\*(?<fields>\d{2,3}(?::\d{2,3}){0,3}|\d{4})(?<suffix>[NLSCAQGPngslcaqp])?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
