using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Harmonizing;
using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Ingest.Formats.Structural;

/// <summary>Harmonizes fusion partners and reads "A-B", "A--B", "A::B" and "A-intragenic" fusion names.</summary>
internal static class PartnerGenes
{
    private static readonly string[] StrongSeparators = ["::", "--", "/"];

    /// <summary>The current symbol of a partner, adding its note and warning about unknown names.</summary>
    public static string Resolve(Harmonizer harmonizer, string symbol, CaseBuilder builder, SourceLocation at, List<HarmonizationNote> notes)
    {
        var name = harmonizer.Gene(symbol);
        if (name.Note is not null)
        {
            notes.Add(name.Note);
        }

        if (!name.Known)
        {
            builder.Warn(ImportProblem.Warning("unknown-gene", at.File, at.Line, at.Column,
                $"Gene '{symbol}' is not a known HGNC symbol, previous symbol or alias; it is kept as written."));
        }

        return name.Symbol;
    }

    /// <summary>
    /// Splits a fusion name into its partners. Gene symbols can hold hyphens (NKX2-1, HLA-A), so with a single '-'
    /// the split whose both halves are known genes wins; "intragenic" leaves the second partner empty.
    /// </summary>
    public static (string A, string? B)? Split(string text, Harmonizer harmonizer)
    {
        var name = text.Trim();
        if (name.EndsWith(" fusion", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^" fusion".Length].Trim();
        }

        foreach (var separator in StrongSeparators)
        {
            var at = name.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0)
            {
                return Pair(name[..at], name[(at + separator.Length)..]);
            }
        }

        var dashes = Enumerable.Range(0, name.Length).Where(i => name[i] == '-' && i > 0 && i < name.Length - 1).ToList();
        if (dashes.Count == 0)
        {
            return name.Length > 0 && !name.Contains(' ', StringComparison.Ordinal) ? (name, null) : null;
        }

        var known = dashes.Where(i => IsPartner(name[..i], harmonizer) && (IsIntragenic(name[(i + 1)..]) || IsPartner(name[(i + 1)..], harmonizer))).ToList();
        var split = known.Count == 1 || (known.Count > 1 && !harmonizer.HasGeneTable) ? known[0] : dashes.Count == 1 ? dashes[0] : -1;
        return split > 0 ? Pair(name[..split], name[(split + 1)..]) : null;
    }

    private static (string A, string? B) Pair(string a, string b) => (a.Trim(), IsIntragenic(b) ? null : b.Trim());

    private static bool IsIntragenic(string text) => text.Trim().Equals("intragenic", StringComparison.OrdinalIgnoreCase);

    private static bool IsPartner(string text, Harmonizer harmonizer) =>
        text.Length > 0 && !text.Contains(' ', StringComparison.Ordinal) && harmonizer.Gene(text).Known;

    /// <summary>Maps SV class words (cBioPortal Class, oncokb Sv_Type, VCF SVTYPE) to a kind.</summary>
    public static StructuralVariantKind Kind(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        "FUSION" => StructuralVariantKind.Fusion,
        "DELETION" or "DEL" => StructuralVariantKind.Deletion,
        "DUPLICATION" or "DUP" or "TANDEM_DUPLICATION" => StructuralVariantKind.Duplication,
        "INVERSION" or "INV" => StructuralVariantKind.Inversion,
        "TRANSLOCATION" or "TRA" or "BND" => StructuralVariantKind.Translocation,
        null or "" => StructuralVariantKind.Fusion,
        _ => StructuralVariantKind.Other,
    };

    public static FusionFrame Frame(string? text) => text?.Trim().ToUpperInvariant().Replace("-", string.Empty, StringComparison.Ordinal) switch
    {
        "INFRAME" => FusionFrame.InFrame,
        "FRAMESHIFT" or "OUTOFFRAME" => FusionFrame.OutOfFrame,
        _ => FusionFrame.Unknown,
    };
}
