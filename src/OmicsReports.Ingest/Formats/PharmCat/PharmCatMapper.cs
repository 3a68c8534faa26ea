using System.Globalization;
using System.Text.Json;
using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Ingest.Formats.PharmCat;

/// <summary>
/// Maps PharmCAT's genes to <see cref="PharmacogenomicResult"/>s. A gene PharmCAT could not call (call source NONE,
/// "Unknown/Unknown", "No Result") is recorded as tested but not called, never as normal. Phenotypes are put in
/// CPIC's standard wording; wording CPIC does not use (HLA-B "*57:01 positive", VKORC1 "-1639 GG") is kept as
/// written and listed in one warning. Recommendation text is kept as the source's, without HTML.
/// </summary>
internal sealed class PharmCatMapper(InputFile file, ImportSession session, IReadOnlyDictionary<string, int> lines)
{
    public void Map(PharmCatReport report)
    {
        var builder = session.Unnamed(file);
        var recommendations = Recommendations(report.Drugs);
        var asWritten = new List<string>();
        foreach (var (key, gene) in report.Genes!)
        {
            var written = gene.GeneSymbol ?? key;
            var name = session.Harmonizer.Gene(written);
            var diplotypes = gene.SourceDiplotypes ?? [];
            var labels = diplotypes.Select(d => d.Label).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            var phenotypes = diplotypes.SelectMany(d => d.Phenotypes ?? []).Distinct(StringComparer.Ordinal).ToList();
            var called = !string.Equals(gene.CallSource, "NONE", StringComparison.OrdinalIgnoreCase)
                && labels.Count > 0 && !labels.All(l => l.StartsWith("Unknown", StringComparison.OrdinalIgnoreCase))
                && !phenotypes.Contains("No Result", StringComparer.OrdinalIgnoreCase); // "n/a" (IFNL3) is a call without a phenotype
            var notes = new List<HarmonizationNote>();
            if (name.Note is not null)
            {
                notes.Add(name.Note);
            }

            var activity = diplotypes.Select(d => d.ActivityScore).FirstOrDefault(a => a is { ValueKind: not JsonValueKind.Null });
            builder.Coverage.Measured(Layer.Pharmacogenomics, name.Symbol);
            builder.AddPharmacogenomics(new PharmacogenomicResult
            {
                Source = file.At(lines.GetValueOrDefault(key, 1)),
                Original = $"{written}: {(labels.Count > 0 ? string.Join(" or ", labels) : "no diplotype")}; phenotype " +
                           $"{(phenotypes.Count > 0 ? string.Join(", ", phenotypes) : "none")}; activity score {activity?.ToString() ?? "none"}; call source {gene.CallSource}",
                Notes = notes,
                Gene = name.Symbol,
                Diplotype = labels.Count > 0 ? string.Join(" or ", labels) : "Unknown",
                Called = called,
                Phenotype = called ? Phenotype(written, phenotypes, notes, asWritten) : null,
                ActivityScore = called ? Score(activity) : null,
                SourceRecommendations = recommendations.TryGetValue(written, out var texts) ? texts : [],
            });
        }

        if (asWritten.Count > 0)
        {
            builder.Warn(ImportProblem.Warning("nonstandard-phenotype", file.Name, lines.Values.DefaultIfEmpty(1).Min(), null,
                $"{asWritten.Count} phenotypes are not CPIC standard terms and are kept as PharmCAT wrote them: {string.Join("; ", asWritten)}."));
        }
    }

    private string? Phenotype(string gene, List<string> phenotypes, List<HarmonizationNote> notes, List<string> asWritten)
    {
        var result = new List<string>();
        foreach (var text in phenotypes.Where(p => !session.Harmonizer.IsNoResult(p)))
        {
            if (session.Harmonizer.Phenotype(text, gene) is { } reading)
            {
                result.Add(reading.Phenotype);
                if (reading.Note is not null)
                {
                    notes.Add(reading.Note);
                }
            }
            else
            {
                result.Add(text);
                asWritten.Add($"{gene} '{text}'");
            }
        }

        return result.Count > 0 ? string.Join("; ", result) : null;
    }

    private static double? Score(JsonElement? score) => score switch
    {
        { ValueKind: JsonValueKind.Number } number when number.TryGetDouble(out var value) => value,
        { ValueKind: JsonValueKind.String } text when double.TryParse(text.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
            && double.IsFinite(parsed) => parsed,
        _ => null,
    };

    /// <summary>Gene (as PharmCAT spells it) → "source, drug (classification; population): text" for each matched annotation.</summary>
    private static Dictionary<string, List<string>> Recommendations(Dictionary<string, Dictionary<string, PharmCatDrug>>? drugs)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (source, bySource) in drugs ?? [])
        {
            foreach (var (drugKey, drug) in bySource)
            {
                var annotations = (drug.Guidelines ?? []).SelectMany(g => g.Annotations ?? []);
                foreach (var annotation in annotations.Where(a => !string.IsNullOrWhiteSpace(a.DrugRecommendation)))
                {
                    var qualifiers = string.Join("; ", new[] { annotation.Classification, annotation.Population }.Where(q => !string.IsNullOrWhiteSpace(q) && q != "n/a"));
                    var text = $"{source}, {drug.Name ?? drugKey}{(qualifiers.Length > 0 ? $" ({qualifiers})" : string.Empty)}: {HtmlText.Strip(annotation.DrugRecommendation!)}";
                    foreach (var gene in annotation.Phenotypes?.Keys ?? Enumerable.Empty<string>())
                    {
                        var list = result.TryGetValue(gene, out var existing) ? existing : result[gene] = [];
                        if (!list.Contains(text, StringComparer.Ordinal))
                        {
                            list.Add(text);
                        }
                    }
                }
            }
        }

        return result;
    }
}
