using System.Globalization;
using System.Text.RegularExpressions;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;
using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Ingest.Formats.Fhir;

/// <summary>
/// HRD results, IHC markers with a scoring convention (CLDN18.2, FRα, c-Met, ER, PR) and HLA genotypes. The IG has
/// no dedicated profile for HRD or these stains, so they are recognised by what their code says ("Homologous
/// recombination deficiency", "CLDN18 ... by Immune stain"), never by a guessed LOINC code; HLA genotypes are genotype
/// Observations (84413-4) whose gene studied is an HLA locus.
/// </summary>
internal static partial class FhirImmunogenomics
{
    /// <summary>True for an Observation whose code names HRD or the genomic instability score.</summary>
    public static bool IsHrd(FhirObservation o) => Hrd().IsMatch(CodeWords(o));

    /// <summary>The IHC marker an Observation's code names, when it is one with a scoring convention.</summary>
    public static IhcMarkerDefinition? IhcMarkerOf(FhirObservation o)
    {
        var words = CodeWords(o);
        return IhcMarkers.All.FirstOrDefault(m => m.Aliases.Prepend(m.Name)
            .Any(name => Regex.IsMatch(words, $@"(?<![A-Za-z0-9]){Regex.Escape(name)}(?![A-Za-z0-9])", RegexOptions.IgnoreCase)));
    }

    public static bool AddHrd(FhirNode node, FhirObservation o, CaseBuilder builder, ImportSession session)
    {
        var score = o.ValueQuantity?.Value is { } value ? (double)value : (double?)null;
        var words = o.ValueCodeableConcept?.Words ?? o.ValueString;
        var status = words is null ? HrdStatus.NotStated : session.Harmonizer.Hrd(words);
        if (status is null || (score is null && status == HrdStatus.NotStated))
        {
            return Unreadable(node, builder, "HRD", words ?? "no value");
        }

        builder.SetHrd(new HomologousRecombinationDeficiency
        {
            Source = node.Location, Original = o.Describe(), Status = status.Value, Score = score,
            ScoreKind = score is null ? null : Gis().IsMatch(CodeWords(o)) ? "GIS" : o.ValueQuantity?.Unit,
            Assay = o.Method?.Words,
        });
        return true;
    }

    public static bool AddIhc(FhirNode node, FhirObservation o, IhcMarkerDefinition marker, CaseBuilder builder, ImportSession session)
    {
        var text = o.ValueQuantity?.Value is { } value
            ? $"{value.ToString(CultureInfo.InvariantCulture)}% {o.ValueQuantity.Unit}"
            : o.ValueCodeableConcept?.Words ?? o.ValueString;
        var scoring = o.Component?.Select(c => c.Words()).FirstOrDefault(w => w is not null && w.Contains('+', StringComparison.Ordinal));
        var reading = session.Harmonizer.Ihc(marker.Name, $"{text} {scoring}".Trim());
        if (reading is null)
        {
            return Unreadable(node, builder, marker.Name, text ?? "no value");
        }

        builder.AddProtein(reading.ToFinding(node.Location, o.Describe()));
        return true;
    }

    /// <summary>An HLA genotype written as a GL string ("HLA-A*02:01+HLA-A*24:02") or with a slash between the two alleles.</summary>
    public static bool AddHla(FhirNode node, string gene, string call, CaseBuilder builder, ImportSession session)
    {
        var parts = call.Split(call.Contains('+', StringComparison.Ordinal) ? '+' : '/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var alleles = parts.Select(p => session.Harmonizer.HlaAllele(p.StartsWith('*') ? gene[4..] + p : p)).ToArray();
        if (alleles.Length is 0 or > 2 || alleles.Any(a => a is null || a.Gene != gene))
        {
            return Unreadable(node, builder, $"{gene} genotype", call);
        }

        var names = alleles.Select(a => a!.Name).ToArray();
        builder.AddHla(new HlaGenotype
        {
            Source = node.Location, Original = $"{gene} {call}", Gene = gene, Alleles = names.Length == 1 ? [names[0], names[0]] : names,
        });
        return true;
    }

    private static string CodeWords(FhirObservation o) =>
        string.Join(" ", new[] { o.Code?.Text }.Concat(o.Code?.Coding?.Select(c => c.Display) ?? []).OfType<string>());

    private static bool Unreadable(FhirNode node, CaseBuilder builder, string what, string value)
    {
        builder.Warn(ImportProblem.Warning("unreadable-biomarker", node.File.Name, node.Position.Line, node.Position.Column,
            $"The {what} result '{value}' could not be read as a {what} value; it was not imported."));
        return false;
    }

    [GeneratedRegex(@"homologous recombination|\bHRD\b|genomic instability", RegexOptions.IgnoreCase)]
    private static partial Regex Hrd();

    [GeneratedRegex(@"genomic instability|\bGIS\b", RegexOptions.IgnoreCase)]
    private static partial Regex Gis();
}
