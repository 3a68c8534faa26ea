using System.Globalization;
using System.Text.RegularExpressions;
using OmicsReports.Domain.Cases;

namespace OmicsReports.Domain.Harmonization;

/// <summary>
/// Maps the biomarker wording of files (TMB units, MSI words, IHC scores, PD-L1 scores, pharmacogenomic
/// phenotypes) onto the case model's scales. Every mapping that changes the value or its wording returns a
/// <see cref="HarmonizationNote"/>; words it does not know give null, so the caller can warn.
/// </summary>
public static partial class BiomarkerVocabulary
{
    public const string TmbUnit = "mut/Mb";

    /// <summary>
    /// TMB from a value and, optionally, a separate unit ("12.5", "12.5 mut/Mb", "12.5" + "mutations/Mb",
    /// "25" + "somatic variants per megabase of sequenced DNA" as in the HL7 Genomics Reporting examples).
    /// A bare number is read as mut/Mb, as cBioPortal's TMB_NONSYNONYMOUS is, and says so in the note. Counts
    /// without a territory ("250 mutations") cannot be converted and give null.
    /// </summary>
    public static TmbReading? Tmb(string? value, string? unit = null)
    {
        var match = value is null ? null : NumberWithUnit().Match(value.Trim());
        if (match is null || !match.Success)
        {
            return null;
        }

        var number = match.Groups["number"].Value;
        var decimalComma = number.Contains(',', StringComparison.Ordinal);
        if (!double.TryParse(number.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var perMb)
            || !double.IsFinite(perMb))
        {
            return null;
        }

        var inlineUnit = match.Groups["unit"].Value.Trim();
        var separateUnit = unit?.Trim() ?? string.Empty;
        if (inlineUnit.Length > 0 && separateUnit.Length > 0 && !IsPerMegabase(inlineUnit))
        {
            return null;
        }

        var reportedUnit = separateUnit.Length > 0 ? separateUnit : inlineUnit;
        if (reportedUnit.Length > 0 && !IsPerMegabase(reportedUnit))
        {
            return null;
        }

        var reasons = new List<string>();
        if (decimalComma)
        {
            reasons.Add("decimal comma read as a point");
        }

        if (reportedUnit.Length == 0)
        {
            reasons.Add("no unit given; read as mut/Mb");
        }
        else if (!string.Equals(reportedUnit, TmbUnit, StringComparison.Ordinal))
        {
            reasons.Add($"unit written as {reportedUnit}");
        }

        var original = separateUnit.Length > 0 ? $"{value!.Trim()} {separateUnit}" : value!.Trim();
        var harmonized = $"{perMb.ToString(CultureInfo.InvariantCulture)} {TmbUnit}";
        var note = reasons.Count > 0 ? new HarmonizationNote("TMB", original, harmonized, string.Join(", ", reasons)) : null;
        return new TmbReading(perMb, reportedUnit, note);
    }

    /// <summary>"mut/Mb", "muts/mb", "mutations/Mb", "mutations per megabase", "/Mb", UCUM "1/1000000" (per Mb).</summary>
    private static bool IsPerMegabase(string unit)
    {
        var key = unit.ToLowerInvariant().Replace(" ", string.Empty, StringComparison.Ordinal);
        return key is "/mb" or "1/1000000" or "1/1000000{base}" || PerMegabaseUnit().IsMatch(key);
    }

    [GeneratedRegex(@"^(?<number>[0-9]+(?:[.,][0-9]+)?)\s*(?<unit>.*)$")]
    private static partial Regex NumberWithUnit();

    [GeneratedRegex(@"^(somatic)?(mut|muts|mutation|mutations|variant|variants|snvs?)(/|per)(mb|megabase|megabases)(ofsequenceddna)?$")]
    private static partial Regex PerMegabaseUnit();
}
