namespace OmicsReports.Data.Patients;

/// <summary>A patient as the hospital identifies them. Findings and reports hang off their cases.</summary>
public sealed class PatientRecord
{
    public Guid Id { get; set; }

    /// <summary>Medical record number, unique within the installation; null for research data that carry none.</summary>
    public string? Mrn { get; set; }

    /// <summary>The identifier the importing source used (cBioPortal PATIENT_ID, FHIR Patient id…).</summary>
    public string SourcePatientId { get; set; } = string.Empty;

    public string FamilyName { get; set; } = string.Empty;

    public string GivenName { get; set; } = string.Empty;

    public DateOnly? BirthDate { get; set; }

    /// <summary>Administrative sex as recorded: "female", "male", "other" or "unknown".</summary>
    public string Sex { get; set; } = "unknown";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>"Family, Given" for lists and headers.</summary>
    public string DisplayName => PatientNames.Display(FamilyName, GivenName, SourcePatientId);
}

/// <summary>How a patient is named on screen when parts of the name are missing.</summary>
public static class PatientNames
{
    public static string Display(string? family, string? given, string? fallbackId) =>
        (string.IsNullOrWhiteSpace(family), string.IsNullOrWhiteSpace(given)) switch
        {
            (false, false) => $"{family}, {given}",
            (false, true) => family!,
            (true, false) => given!,
            _ => string.IsNullOrWhiteSpace(fallbackId) ? "Unnamed patient" : $"Patient {fallbackId}",
        };
}
