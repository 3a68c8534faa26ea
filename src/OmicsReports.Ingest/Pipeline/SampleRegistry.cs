using OmicsReports.Domain.Cases;

namespace OmicsReports.Ingest.Pipeline;

/// <summary>
/// The samples and patients that clinical files declare. Once any clinical file declared samples, a data row naming
/// a sample outside this list is a structural error, because it most often means a mislabelled or mixed-up file.
/// </summary>
public sealed class SampleRegistry
{
    private readonly Dictionary<string, string> patientOfSample = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Patient> patients = new(StringComparer.Ordinal);

    /// <summary>True once a clinical file declared at least one sample.</summary>
    public bool HasDeclarations => patientOfSample.Count > 0;

    public int Count => patientOfSample.Count;

    public IEnumerable<string> SampleIds => patientOfSample.Keys;

    public bool IsDeclared(string sampleId) => patientOfSample.ContainsKey(sampleId);

    /// <summary>Declares a sample, with its patient when the file names one (else the sample stands for the patient).</summary>
    public void Declare(string sampleId, string? patientId)
    {
        if (!patientOfSample.TryGetValue(sampleId, out var existing) || existing == sampleId)
        {
            patientOfSample[sampleId] = patientId ?? sampleId;
        }
    }

    public string? PatientOf(string sampleId) => patientOfSample.GetValueOrDefault(sampleId);

    /// <summary>The patient record, created on first use.</summary>
    public Patient Patient(string patientId) =>
        patients.TryGetValue(patientId, out var patient) ? patient : patients[patientId] = new Patient { Id = patientId };

    public void UpdatePatient(string patientId, Func<Patient, Patient> update)
    {
        ArgumentNullException.ThrowIfNull(update);
        patients[patientId] = update(Patient(patientId));
    }

    public bool HasPatient(string patientId) => patients.ContainsKey(patientId);
}
