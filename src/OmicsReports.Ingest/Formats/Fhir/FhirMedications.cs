using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Ingest.Formats.Fhir;

internal sealed record FhirPeriod(string? Start, string? End);

internal sealed record FhirMedicationStatement(
    string? Status,
    FhirCodeableConcept? MedicationCodeableConcept,
    FhirReference? MedicationReference,
    FhirReference? Subject,
    FhirPeriod? EffectivePeriod);

internal sealed record FhirMedication(FhirCodeableConcept? Code);

/// <summary>
/// A patient's MedicationStatements as prior therapies: the medication's name (its own coding or that of the
/// Medication it references), read as a lower-case generic name. Statements that were never taken, only intended,
/// or entered in error say nothing about what the patient received and are skipped.
/// </summary>
internal static class FhirMedications
{
    private static readonly string[] NotReceived = ["not-taken", "intended", "entered-in-error", "unknown"];

    public static void Apply(FhirGraph graph, FhirNode? patient, bool onlyPatient, CaseBuilder builder, ImportSession session)
    {
        var therapies = new List<PriorTherapy>();
        foreach (var node in graph.OfType("MedicationStatement"))
        {
            var statement = node.As<FhirMedicationStatement>(session);
            var subject = graph.Resolve(statement?.Subject);
            if (statement is null || (subject != patient && !(subject is null && onlyPatient))
                || NotReceived.Contains(statement.Status ?? string.Empty, StringComparer.Ordinal))
            {
                continue;
            }

            var name = statement.MedicationCodeableConcept?.Words
                ?? graph.Resolve(statement.MedicationReference)?.As<FhirMedication>(session)?.Code?.Words;
            if (string.IsNullOrWhiteSpace(name))
            {
                builder.Warn(ImportProblem.Warning("unnamed-medication", node.File.Name, node.Position.Line, node.Position.Column,
                    "A MedicationStatement names no medication; it is not read as a prior therapy."));
                continue;
            }

            therapies.Add(new PriorTherapy
            {
                Drug = CaseBuilder.DrugName(name), Source = node.Location, Original = name,
                StartedOn = Date(statement.EffectivePeriod?.Start), EndedOn = Date(statement.EffectivePeriod?.End),
            });
        }

        if (therapies.Count > 0)
        {
            builder.AddPriorTherapies(therapies);
        }
    }

    // FHIR dateTime: the date part is enough here; partial dates (year or year-month) are left out.
    private static DateOnly? Date(string? text) =>
        text is { Length: >= 10 } && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date : null;
}
