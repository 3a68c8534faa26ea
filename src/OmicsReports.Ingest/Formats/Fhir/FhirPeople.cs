using System.Globalization;
using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Ingest.Formats.Fhir;

/// <summary>Patient demographics and specimen details from FHIR Patient and Specimen resources.</summary>
internal static class FhirPeople
{
    /// <summary>
    /// The case's sample name: the specimen's identifier, else its id, else the patient's identifier or id; null when
    /// the resources name neither. Placeholder identifiers ("UNKNOWN", as in the IG's CEGAT example) are passed over.
    /// </summary>
    public static string? SampleId(FhirNode? specimen, FhirNode? patient, ImportSession session)
    {
        var s = specimen?.As<FhirSpecimen>(session);
        var p = patient?.As<FhirPatient>(session);
        return Usable(s?.Identifier) ?? s?.Id ?? Usable(p?.Identifier) ?? p?.Id;
    }

    public static void Apply(FhirNode? patient, FhirNode? specimen, CaseBuilder builder, ImportSession session)
    {
        if (patient?.As<FhirPatient>(session) is { } p)
        {
            var name = p.Name?.FirstOrDefault(n => n.Use == "official") ?? p.Name?.FirstOrDefault();
            builder.PatientSource = patient.File.At(patient.Position.Line, patient.Position.Column);
            builder.Patient = new Patient
            {
                Id = Usable(p.Identifier) ?? p.Id ?? builder.SampleId,
                Mrn = p.Identifier?.FirstOrDefault(i => i.Type?.Has("MR") == true)?.Value,
                FamilyName = name?.Family,
                GivenName = name?.Given is { Count: > 0 } given ? string.Join(' ', given) : null,
                BirthDate = Date(p.BirthDate),
                Sex = p.Gender switch
                {
                    "female" => Sex.Female,
                    "male" => Sex.Male,
                    "other" => Sex.Other,
                    _ => Sex.Unknown,
                },
            };
            if (builder.SampleId.Length > 0)
            {
                session.ClaimPatient(builder.SampleId, PatientClaim.Of(builder.Patient), builder.PatientSource);
            }
        }

        if (specimen?.As<FhirSpecimen>(session) is { } s)
        {
            builder.Specimen = builder.Specimen with
            {
                SampleType = builder.Specimen.SampleType ?? s.Type?.Text ?? s.Type?.Words,
                CollectedOn = builder.Specimen.CollectedOn ?? Date(s.Collection?.CollectedDateTime),
            };
        }
    }

    private static string? Usable(List<FhirIdentifier>? identifiers) =>
        identifiers?.Select(i => i.Value?.Trim()).FirstOrDefault(v => !string.IsNullOrEmpty(v) && !v.Equals("UNKNOWN", StringComparison.OrdinalIgnoreCase));

    /// <summary>FHIR dates may be "2023", "2023-01" or a full date-time; only a full date is a date here.</summary>
    private static DateOnly? Date(string? text) =>
        text is { Length: >= 10 } && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
