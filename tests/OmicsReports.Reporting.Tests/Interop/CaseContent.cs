using System.Globalization;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Reports;

namespace OmicsReports.Reporting.Tests.Interop;

/// <summary>
/// The clinical content of a harmonized case as lines of text, for comparing a case with the case read back from its
/// FHIR export. Left out on purpose (docs/interop.md, "What the export leaves out"): where each value was read from
/// (source, original text, harmonization notes, warnings, files), calls that failed the caller's filters,
/// copy-neutral calls, segments, the patient's age, alternate read counts, log2 ratios and LOH, fusion frame, read
/// support and breakpoints, and implications an imported report stated itself.
/// </summary>
internal static class CaseContent
{
    public static IReadOnlyList<string> Of(OmicsCase c)
    {
        var p = c.Patient;
        var s = c.Specimen;
        var lines = new List<string>
        {
            Line("patient", p.Id, p.Mrn, p.FamilyName, p.GivenName, p.BirthDate, p.Sex),
            Line("specimen", s.SampleId, s.SampleType, s.CollectedOn, Round(s.TumorPurity), Round(s.MeanCoverage)),
            Line("tumour type", c.TumorType?.Code),
        };
        lines.AddRange(c.Profiling.Layers.Select(l => l.Layer is Layer.Tmb or Layer.Msi
            ? Line("assessed", l.Layer)
            : Line("profiled", l.Layer, l.PanelId, l.Genes is null ? "every gene" : string.Join(",", l.Genes.Order(StringComparer.Ordinal)))));
        lines.AddRange(c.Variants.Where(v => v.Passed).Select(v => Line("variant", v.Gene, v.Chromosome, v.Position, v.Reference, v.Alternate,
            v.Transcript, v.HgvsC, v.Protein?.ShortForm, v.Consequence, v.Exon, v.ExonCount, v.Intron, Round(v.Vaf), v.Depth, v.Origin)));
        lines.AddRange(c.CopyNumbers.Where(n => n.Call != CopyNumberCall.Neutral).Select(n => Line("copy number", n.Gene, n.Call, Round(n.CopyNumber))));
        lines.AddRange(c.StructuralVariants.Select(v => Line("structural", v.Kind, v.GeneA, v.GeneB, v.ExonA, v.ExonB)));
        lines.Add(Line("tmb", Round(c.Tmb?.MutationsPerMegabase)));
        lines.Add(Line("msi", c.Msi?.Status, Round(c.Msi?.Score), c.Msi?.Method));
        lines.AddRange(c.Proteins.Select(m => Line("protein", m.Marker, m.AntibodyClone, m.ScoringSystem, Round(m.Value), m.Comparator, m.Category, m.Ish)));
        lines.AddRange(c.Expression.Select(e => Line("expression", e.Gene, Round(e.Value), e.Unit, Round(e.ZScore), e.ZScoreReference)));
        lines.AddRange(c.Pharmacogenomics.Select(g => Line("pgx", g.Gene, g.Diplotype, g.Phenotype, Round(g.ActivityScore), g.Called)));
        return [.. lines.Order(StringComparer.Ordinal)];
    }

    /// <summary>What a clinician acts on: each implication's kind, biomarker, regimen, direction, tier and level.</summary>
    public static IReadOnlyList<string> Implications(OmicsReport report) =>
        [.. report.Implications.Select(i => Line("implication", i.Kind, i.Biomarker, string.Join("+", i.Therapies), i.Direction, i.Tier, i.Level)).Order(StringComparer.Ordinal)];

    /// <summary>Lines in one list and not the other, marked "-" (only in the original) and "+" (only read back).</summary>
    public static IReadOnlyList<string> Differences(IReadOnlyList<string> original, IReadOnlyList<string> readBack) =>
        [.. original.Except(readBack).Select(l => "- " + l), .. readBack.Except(original).Select(l => "+ " + l)];

    // Adding 0.0 turns a negative zero into zero: -0.00001 and 0.00001 both round to a zero that prints alike.
    private static double? Round(double? value) => value is { } v ? Math.Round(v, 4) + 0.0 : null;

    private static string Line(string kind, params object?[] values) =>
        kind + ": " + string.Join(" | ", values.Select(v => v switch
        {
            null => "-",
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => v.ToString(),
        }));
}
