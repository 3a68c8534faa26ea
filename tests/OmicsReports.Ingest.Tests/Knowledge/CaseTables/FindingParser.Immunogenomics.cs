using System.Globalization;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;

namespace OmicsReports.Ingest.Tests.Knowledge.CaseTables;

/// <summary>
/// Case-table findings of the biomarker kinds added in 2026.12, read through the same vocabulary as the importers:
/// "CLDN18.2 IHC 80%", "FRa PS2+ 80%", "c-Met 3+ 60%", "ER negative"; "HRD positive", "HRD negative GIS 30", "GIS 45";
/// "HLA-A*02:01/*24:02" (two alleles), "HLA-A*02:01" (homozygous), "HLA-A*02" (allele group only).
/// </summary>
public static partial class FindingParser
{
    private static ProteinMarker Ihc(string marker, string text, SourceLocation at) =>
        (BiomarkerVocabulary.Ihc(marker, text[marker.Length..].Replace("IHC", string.Empty, StringComparison.Ordinal).Trim())
            ?? throw new FormatException($"'{text}' is not understood as a {marker} result.")).ToFinding(at, text);

    private static HomologousRecombinationDeficiency Hrd(string[] words, SourceLocation at, string text)
    {
        var gis = Array.IndexOf(words, "GIS");
        var statusWords = words.Where((w, i) => w != "HRD" && i != gis && i != gis + 1).ToArray();
        var status = statusWords.Length == 0 ? HrdStatus.NotStated
            : BiomarkerVocabulary.Hrd(string.Join(' ', statusWords)) ?? throw new FormatException($"'{text}' is not an HRD status.");
        var score = gis >= 0 ? double.Parse(words[gis + 1], CultureInfo.InvariantCulture) : (double?)null;
        return new HomologousRecombinationDeficiency
        {
            Status = status, Score = score, ScoreKind = score is null ? null : "GIS", Assay = "myChoice CDx", Source = at, Original = text,
        };
    }

    private static HlaGenotype Hla(string written, SourceLocation at, string text)
    {
        var parts = written.Split('/');
        var first = HlaAllele.Parse(parts[0]) ?? throw new FormatException($"'{text}' is not an HLA allele.");
        var alleles = parts.Select(p => p.StartsWith('*') ? HlaAllele.Parse(first.Locus + p) : HlaAllele.Parse(p))
            .Select(a => a ?? throw new FormatException($"'{text}' is not an HLA genotype.")).Select(a => a.Name).ToArray();
        return new HlaGenotype
        {
            Gene = first.Gene, Alleles = alleles.Length == 1 ? [alleles[0], alleles[0]] : alleles, Source = at, Original = text,
        };
    }
}
