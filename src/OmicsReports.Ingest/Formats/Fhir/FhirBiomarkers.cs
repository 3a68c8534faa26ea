using System.Globalization;
using System.Text.RegularExpressions;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Harmonization;
using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Ingest.Formats.Fhir;

/// <summary>
/// TMB (94076-7), MSI (81695-9) and PD-L1 (85147-7) Observations, harmonized through the biomarker vocabulary. A
/// value the vocabulary cannot read is a warning and no finding, so the layer stays "not tested" rather than
/// wrong.
/// </summary>
internal static partial class FhirBiomarkers
{
    public static bool AddTmb(FhirNode node, FhirObservation o, CaseBuilder builder, ImportSession session)
    {
        var quantity = o.ValueQuantity;
        var value = quantity?.Value?.ToString(CultureInfo.InvariantCulture);
        // The IG's examples write the unit as text ("somatic variants per megabase of sequenced DNA"), as the UCUM
        // code "1/1000000", or not at all (TMB 29.8); the vocabulary accepts each and notes a missing unit.
        var reading = session.Harmonizer.Tmb(value, quantity?.Unit ?? quantity?.Code);
        if (reading is null && quantity?.Unit is not null && quantity.Code is not null)
        {
            reading = session.Harmonizer.Tmb(value, quantity.Code);
        }

        if (reading is null)
        {
            return Unreadable(node, builder, "TMB", $"{value ?? "no value"} {quantity?.Unit ?? quantity?.Code}".Trim());
        }

        builder.SetTmb(reading.ToFinding(node.Location, o.Describe()));
        return true;
    }

    public static bool AddMsi(FhirNode node, FhirObservation o, CaseBuilder builder, ImportSession session)
    {
        var concept = o.ValueCodeableConcept;
        var reading = concept?.Coding?.Select(c => session.Harmonizer.MsiReading(c.Code) ?? session.Harmonizer.MsiReading(c.Display)).FirstOrDefault(r => r is not null)
            ?? session.Harmonizer.MsiReading(concept?.Text ?? o.ValueString);
        if (reading is null)
        {
            return Unreadable(node, builder, "MSI", concept?.Words ?? o.ValueString ?? "no value");
        }

        var msi = reading.ToFinding(node.Location, o.Describe(), method: o.Method?.Words);
        builder.SetMsi(o.Named(FhirLocalCodes.MsiScore)?.ValueQuantity?.Value is { } score ? msi with { Score = (double)score } : msi);
        return true;
    }

    public static bool AddPdL1(FhirNode node, FhirObservation o, CaseBuilder builder, ImportSession session)
    {
        // The IG's example says "Positive" in the value and the score in a note ("5% tumor proportion score").
        var note = string.Join(" ", (o.Note ?? []).Select(n => n.Text).OfType<string>());
        var reading = (note.Length > 0 ? session.Harmonizer.PdL1(note) : null)
            ?? session.Harmonizer.PdL1(o.ValueCodeableConcept?.Words ?? o.ValueString ?? o.ValueQuantity?.Value?.ToString(CultureInfo.InvariantCulture));
        if (reading is null)
        {
            return Unreadable(node, builder, "PD-L1", $"{o.ValueCodeableConcept?.Words} {note}".Trim());
        }

        var clone = Clone().Match(o.Code?.Words ?? string.Empty);
        builder.AddProtein(reading.ToFinding(node.Location, o.Describe(), clone.Success ? clone.Value.ToUpperInvariant() : null));
        return true;
    }

    private static bool Unreadable(FhirNode node, CaseBuilder builder, string what, string value)
    {
        builder.Warn(ImportProblem.Warning("unreadable-biomarker", node.File.Name, node.Position.Line, node.Position.Column,
            $"The {what} result '{value}' could not be read as a {what} value; it was not imported."));
        return false;
    }

    // Antibody clones named in LOINC's PD-L1 test names ("PD-L1 by clone 22C3 ...").
    [GeneratedRegex(@"\b(22C3|SP263|SP142|28-8|73-10)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Clone();
}
