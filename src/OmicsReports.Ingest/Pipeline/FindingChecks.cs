using System.Globalization;
using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Text;

namespace OmicsReports.Ingest.Pipeline;

/// <summary>
/// Values no assay can produce, checked once per case after every reader has run, so that each format (MAF, VCF,
/// bundle, FHIR, clinical files) is held to the same rules. Each is a located error (a skipped row under
/// <c>--skip-invalid</c>): a negative read count, alt reads above the depth, a VAF outside 0-1, a position below 1, a
/// chromosome (of a variant, segment or breakpoint) or allele no human genome has, a negative TMB or MSI score, a percentage score above 100. Such a value
/// means the row was damaged or shifted, so nothing read from it can be trusted (docs/formats.md, "Impossible values").
/// </summary>
internal static class FindingChecks
{
    /// <summary>Scoring systems that are percentages of cells: 0-100. CPS is capped at 100 by its definition (22C3 pharmDx).</summary>
    private static readonly string[] PercentScores = ["TPS", "TC", "IC", "CPS", "percent positive", "%"];

    public static IEnumerable<(Finding Finding, string Code, string Message)> Problems(CaseBuilder builder)
    {
        foreach (var v in builder.Variants)
        {
            if (Variant(v) is { } problem)
            {
                yield return (v, problem.Code, problem.Message);
            }
        }

        if (builder.Tmb is { } tmb && !(tmb.MutationsPerMegabase >= 0))
        {
            yield return (tmb, "out-of-range", $"TMB {Number(tmb.MutationsPerMegabase)} mut/Mb is impossible: a mutation count per megabase cannot be negative.");
        }

        if (builder.Msi is { Score: { } score } msi && !(score >= 0))
        {
            yield return (msi, "out-of-range", $"MSI score {Number(score)} is impossible: MSI scores (MSIsensor %, MANTIS distance) are not negative.");
        }

        foreach (var p in builder.Proteins)
        {
            if (p.Value is { } value && Score(p.ScoringSystem, value) is { } message)
            {
                yield return (p, "out-of-range", $"{p.Marker} {p.ScoringSystem} {Number(value)}: {message}");
            }
        }

        foreach (var sv in builder.StructuralVariants)
        {
            if (sv.SupportingReads < 0)
            {
                yield return (sv, "out-of-range", $"{sv.GeneA}::{sv.GeneB}: supporting reads ({sv.SupportingReads}) cannot be negative.");
            }
            else if ((BadBreakpoint(sv.BreakpointA) ?? BadBreakpoint(sv.BreakpointB)) is { } chromosome)
            {
                yield return (sv, "bad-chromosome", $"{sv.GeneA}::{sv.GeneB}: breakpoint chromosome '{chromosome}' is not a human chromosome ({Chromosomes.Expected}).");
            }
        }

        foreach (var segment in builder.Segments.Where(s => !Chromosomes.IsHuman(s.Chromosome)))
        {
            yield return (segment, "bad-chromosome", $"Copy-number segment {segment.Start}-{segment.End}: chromosome '{segment.Chromosome}' is not a human chromosome ({Chromosomes.Expected}).");
        }
    }

    private static (string Code, string Message)? Variant(SmallVariant v)
    {
        var label = v.Label;
        if (v.AltReads < 0 || v.Depth < 0)
        {
            return ("out-of-range", $"Variant {label}: read counts cannot be negative (alt reads {v.AltReads}, depth {v.Depth}).");
        }

        if (v.AltReads is { } alt && v.Depth is { } depth && depth > 0 && alt > depth)
        {
            return ("out-of-range", $"Variant {label}: {alt} alt reads exceed the depth of {depth}.");
        }

        if (v.Vaf is { } vaf && !(vaf is >= 0 and <= 1))
        {
            return ("out-of-range", $"Variant {label}: VAF {Number(vaf)} is outside 0-1.");
        }

        if (v.Position is < 1)
        {
            return ("out-of-range", $"Variant {label}: position {v.Position} is before the start of the chromosome (positions start at 1).");
        }

        if (v.Chromosome is { } chromosome && !Chromosomes.IsHuman(chromosome))
        {
            return ("bad-chromosome", $"Variant {label}: chromosome '{chromosome}' is not a human chromosome ({Chromosomes.Expected}).");
        }

        if ((BadAllele(v.Reference) ?? BadAllele(v.Alternate)) is { } allele)
        {
            return ("bad-allele", $"Variant {label}: allele '{allele}' is not DNA (IUPAC nucleotide codes such as A, C, G, T, N; '-' for none).");
        }

        return null;
    }

    /// <summary>
    /// An allele holding a letter that is no IUPAC nucleotide code ("XYZ"). Notation around bases stays allowed,
    /// because callers write it: '-' (MAF), VarScan's "A/T", VCF's '*', '.', symbolic "&lt;DEL&gt;" and breakends.
    /// </summary>
    private static string? BadAllele(string? allele) =>
        allele is null || !allele.Any(c => char.IsAsciiLetter(c) && !IupacBases.Contains(char.ToUpperInvariant(c))) || allele.StartsWith('<') ? null : allele;

    /// <summary>The chromosome of a "chromosome:position" breakpoint when it is no human chromosome, else null.</summary>
    private static string? BadBreakpoint(string? breakpoint)
    {
        var colon = breakpoint?.LastIndexOf(':') ?? -1;
        return colon > 0 && !Chromosomes.IsHuman(breakpoint![..colon]) ? breakpoint[..colon] : null;
    }

    private const string IupacBases = "ACGTUNRYSWKMBDHV";

    private static string? Score(string system, double value)
    {
        if (PercentScores.Contains(system, StringComparer.OrdinalIgnoreCase))
        {
            return value is >= 0 and <= 100 ? null : "a percentage of cells is between 0 and 100.";
        }

        if (system.Equals("H-score", StringComparison.OrdinalIgnoreCase))
        {
            return value is >= 0 and <= 300 ? null : "an H-score is between 0 and 300.";
        }

        return double.IsFinite(value) ? null : "not a number.";
    }

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
