namespace OmicsReports.Data.Patients;

/// <summary>A patient as the hospital identifies them. Findings and reports hang off their cases.</summary>
public sealed class PatientRecord
{
    public Guid Id { get; set; }

    /// <summary>Medical record number, unique within the installation.</summary>
    public string Mrn { get; set; } = string.Empty;

    public string FamilyName { get; set; } = string.Empty;

    public string GivenName { get; set; } = string.Empty;

    public DateOnly? BirthDate { get; set; }

    /// <summary>Administrative sex as recorded: "female", "male", "other" or "unknown".</summary>
    public string Sex { get; set; } = "unknown";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>"Family, Given" for lists and headers.</summary>
    public string DisplayName => string.IsNullOrEmpty(GivenName) ? FamilyName : $"{FamilyName}, {GivenName}";
}
