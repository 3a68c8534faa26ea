using System.Globalization;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;
using OmicsReports.Ingest.Pipeline;
using OmicsReports.Ingest.Text;

namespace OmicsReports.Ingest.Formats.Clinical;

/// <summary>
/// Sample attributes for HRD, HLA and hormone receptors. cBioPortal defines no standard names for HRD or HLA, so these
/// are OmicsReports' documented names (docs/formats.md): HRD_STATUS, HRD_SCORE (a genomic instability score), HLA_A,
/// HLA_B and HLA_C ("A*02:01/A*24:02"). ER_STATUS_BY_IHC and PR_STATUS_BY_IHC are the names TCGA's breast studies use.
/// </summary>
internal sealed class ClinicalBiomarkers(TabularReader table, ImportSession session)
{
    /// <summary>Attribute names this class reads; each also marks a table as a clinical file.</summary>
    public static readonly string[] Names = ["HRD_STATUS", "HRD_SCORE", "HLA_A", "HLA_B", "HLA_C", "ER_STATUS_BY_IHC", "PR_STATUS_BY_IHC"];

    private readonly int hrdStatus = table.Find("HRD_STATUS");
    private readonly int hrdScore = table.Find("HRD_SCORE");
    private readonly (string Gene, int Column)[] hla =
        [.. new[] { "HLA-A", "HLA-B", "HLA-C" }.Select(g => (g, table.Find(g.Replace('-', '_')))).Where(c => c.Item2 >= 0)];
    private readonly (string Marker, int Column)[] receptors =
        [.. new[] { ("ER", "ER_STATUS_BY_IHC"), ("PR", "PR_STATUS_BY_IHC") }.Select(r => (r.Item1, table.Find(r.Item2))).Where(r => r.Item2 >= 0)];

    public void Apply(TabularRow row, CaseBuilder builder)
    {
        ApplyHrd(row, builder);
        foreach (var (gene, column) in hla)
        {
            ApplyHla(row, builder, gene, column);
        }

        foreach (var (marker, column) in receptors)
        {
            // "Indeterminate" and "[Not Evaluated]" are no result: the stain counts as not done.
            if (row.Value(column) is { } text && session.Harmonizer.Ihc(marker, text) is { Value: not null } reading)
            {
                builder.AddProtein(reading.ToFinding(table.File.At(row.Line, column + 1), row.Describe(table.Header, column)));
            }
        }
    }

    private void ApplyHrd(TabularRow row, CaseBuilder builder)
    {
        var words = row.Value(hrdStatus);
        var score = table.Number(row, hrdScore);
        if (words is null && score is null)
        {
            return;
        }

        var status = words is null ? HrdStatus.NotStated : session.Harmonizer.Hrd(words);
        if (status is null)
        {
            builder.Warn(ImportProblem.Warning("unknown-hrd-status", table.File.Name, row.Line, hrdStatus + 1,
                $"Sample {builder.SampleId}: HRD_STATUS '{words}' is not an HRD status (positive, negative, deficient, proficient, indeterminate); HRD counts as not assessed."));
            return;
        }

        builder.SetHrd(new HomologousRecombinationDeficiency
        {
            Source = table.File.At(row.Line, (words is null ? hrdScore : hrdStatus) + 1),
            Original = row.Describe(table.Header, [.. new[] { hrdStatus, hrdScore }.Where(c => c >= 0)]),
            Status = status.Value, Score = score, ScoreKind = score is null ? null : "GIS",
        });
    }

    private void ApplyHla(TabularRow row, CaseBuilder builder, string gene, int column)
    {
        if (row.Value(column) is not { } text)
        {
            return;
        }

        var alleles = text.Split(['/', '+', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(a => session.Harmonizer.HlaAllele(a)).ToArray();
        if (alleles.Length is 0 or > 2 || alleles.Any(a => a is null || a.Gene != gene))
        {
            table.Invalid(row, column, "hla-allele", $"'{text}' is not a {gene} genotype in WHO nomenclature (e.g. {gene[4..]}*02:01/{gene[4..]}*24:02).");
            return;
        }

        var names = alleles.Select(a => a!.Name).ToArray();
        builder.AddHla(new HlaGenotype
        {
            Source = table.File.At(row.Line, column + 1), Original = row.Describe(table.Header, column), Gene = gene,
            Alleles = names.Length == 1 ? [names[0], names[0]] : names,
        });
    }
}
