using OmicsReports.Domain.Cases;

namespace OmicsReports.Ingest.Pipeline;

/// <summary>Who an input says a sample's patient is: the identifiers and the details that tell people apart.</summary>
public sealed record PatientClaim(string Id, string? Mrn = null, string? FamilyName = null, string? GivenName = null, DateOnly? BirthDate = null)
{
    public static PatientClaim Of(Patient patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        return new(patient.Id, patient.Mrn, patient.FamilyName, patient.GivenName, patient.BirthDate);
    }
}

/// <summary>
/// One sample belongs to one patient. Every input that names a sample's patient (a clinical row's PATIENT_ID, a
/// bundle's patient, a FHIR Patient) makes a claim; a claim that contradicts an earlier one for the same sample (other
/// patient id, MRN, name or birth date) or for the same patient id (other MRN, name or birth date) is refused,
/// naming both places, because merging them would put one patient's variants in another patient's report.
/// </summary>
public sealed class PatientClaims
{
    private readonly Dictionary<string, (PatientClaim Claim, SourceLocation At)> bySample = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (PatientClaim Claim, SourceLocation At)> byPatient = new(StringComparer.Ordinal);

    /// <summary>Records the claim; returns why it contradicts an earlier one (the import is then refused), or null.</summary>
    public string? Claim(string sampleId, PatientClaim claim, SourceLocation at)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(at);
        var hasEarlier = bySample.TryGetValue(sampleId, out var earlier);
        var hasSame = byPatient.TryGetValue(claim.Id, out var same);
        if (hasEarlier)
        {
            if (earlier.Claim.Id != claim.Id)
            {
                return $"Sample '{sampleId}' belongs to patient '{claim.Id}' here but to patient '{earlier.Claim.Id}' at {earlier.At}; " +
                    "one sample belongs to one patient. Check the sample and patient identifiers.";
            }

            if (Difference(earlier.Claim, claim) is { } what)
            {
                return $"Sample '{sampleId}': the patient's {what} differs from the one given at {earlier.At}; one sample belongs to one patient.";
            }
        }

        if (hasSame && Difference(same.Claim, claim) is { } differs)
        {
            return $"Patient '{claim.Id}': the {differs} differs from the one given at {same.At}; two people cannot share a patient identifier.";
        }

        bySample[sampleId] = hasEarlier ? (Merge(earlier.Claim, claim), earlier.At) : (claim, at);
        byPatient[claim.Id] = hasSame ? (Merge(same.Claim, claim), same.At) : (claim, at);
        return null;
    }

    /// <summary>The first detail both claims state differently (values are not echoed: they are patient data).</summary>
    private static string? Difference(PatientClaim a, PatientClaim b)
    {
        if (Differ(a.Mrn, b.Mrn))
        {
            return "MRN";
        }

        if (Differ(a.FamilyName, b.FamilyName) || Differ(a.GivenName, b.GivenName))
        {
            return "name";
        }

        return a.BirthDate is { } x && b.BirthDate is { } y && x != y ? "birth date" : null;
    }

    private static bool Differ(string? a, string? b) =>
        !string.IsNullOrWhiteSpace(a) && !string.IsNullOrWhiteSpace(b) && !a.Trim().Equals(b.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>What both claims together say, so a later claim is checked against everything stated so far.</summary>
    private static PatientClaim Merge(PatientClaim earlier, PatientClaim claim) => earlier with
    {
        Mrn = earlier.Mrn ?? claim.Mrn,
        FamilyName = earlier.FamilyName ?? claim.FamilyName,
        GivenName = earlier.GivenName ?? claim.GivenName,
        BirthDate = earlier.BirthDate ?? claim.BirthDate,
    };
}
