using OmicsReports.Domain.Cases;

namespace OmicsReports.Domain.Harmonization;

/// <summary>
/// Reads protein changes as pipelines write them (VEP, vcf2maf, cBioPortal, Oncotator-era MAFs, FHIR) into one
/// canonical <see cref="ProteinChange"/>: one-letter codes, "*" for stop, no "p." in <see cref="ProteinChange.ShortForm"/>.
/// Accepts "p.V600E", "V600E", "p.Val600Glu", "p.(Val600Glu)", "ENSP00000288602.6:p.Val600Glu" and VEP's "%3D".
/// Text it cannot read gives null; the caller decides whether that is a warning.
/// </summary>
public static class ProteinNotation
{
    public const string Field = "protein change";

    // Real protein changes are short; a long cell is a column mix-up, not something to scan.
    private const int MaxLength = 300;

    public static ProteinChange? Parse(string? text) => TryParse(text, out var change, out _) ? change : null;

    /// <summary>
    /// True for the HGVS forms that say there is no protein change to report rather than a change: "p.=" and "p.(=)"
    /// (no change), "p.?" and "p.(?)" (effect unknown), "p.0" and "p.0?" (no protein), also after an accession or
    /// with VEP's "%3D". Readers keep the variant without a protein change and without a warning.
    /// </summary>
    public static bool StatesNoChange(string? text)
    {
        var body = text?.Trim() ?? string.Empty;
        var colon = body.LastIndexOf(':');
        body = (colon >= 0 ? body[(colon + 1)..] : body).Replace("%3D", "=", StringComparison.OrdinalIgnoreCase);
        return body is "p.=" or "p.(=)" or "p.?" or "p.(?)" or "p.0" or "p.(0)" or "p.0?" or "p.(0?)";
    }

    /// <summary>
    /// Parses <paramref name="text"/>. <paramref name="note"/> is set when the canonical "p." form differs from the
    /// input, with the reasons (e.g. "three-letter amino-acid codes, p. prefix added").
    /// </summary>
    public static bool TryParse(string? text, out ProteinChange? change, out HarmonizationNote? note)
    {
        change = null;
        note = null;
        var original = text?.Trim();
        if (string.IsNullOrEmpty(original) || original.Length > MaxLength)
        {
            return false;
        }

        var reasons = new List<string>();
        var body = StripDecorations(original, reasons);
        var parsed = ProteinChangeGrammar.Parse(body, reasons);
        if (parsed is null)
        {
            return false;
        }

        change = parsed;
        if (!string.Equals(parsed.Hgvs, original, StringComparison.Ordinal))
        {
            var reason = reasons.Count > 0 ? string.Join(", ", reasons) : "notation normalised";
            note = new HarmonizationNote(Field, original, parsed.Hgvs, reason);
        }

        return true;
    }

    /// <summary>Removes what surrounds the change itself: accession, URL escaping, "p." and parentheses.</summary>
    private static string StripDecorations(string text, List<string> reasons)
    {
        var body = text;
        var colon = body.LastIndexOf(':');
        if (colon >= 0)
        {
            // "ENSP00000288602.6:p.Val600Glu" or "NP_004324.2:p.V600E": the accession is the transcript's business.
            body = body[(colon + 1)..];
            reasons.Add("protein accession removed");
        }

        if (body.Contains("%3D", StringComparison.OrdinalIgnoreCase))
        {
            // VEP URL-escapes "=" in HGVSp (p.Lys657%3D).
            body = body.Replace("%3D", "=", StringComparison.OrdinalIgnoreCase);
            reasons.Add("'%3D' decoded as '='");
        }

        if (body.StartsWith("p.", StringComparison.Ordinal))
        {
            body = body[2..];
        }
        else
        {
            reasons.Add("p. prefix added");
        }

        if (body.Length >= 2 && body[0] == '(' && body[^1] == ')')
        {
            // HGVS parentheses mark a predicted consequence; the prediction is the only kind pipelines report.
            body = body[1..^1];
            reasons.Add("parentheses (predicted change) removed");
        }

        return body;
    }
}
