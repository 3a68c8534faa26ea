using Microsoft.EntityFrameworkCore;
using OmicsReports.Domain.Cases;

namespace OmicsReports.Data.Reports;

/// <summary>One sample belongs to one patient, also across imports.</summary>
public sealed partial class ReportStore
{
    /// <summary>
    /// The samples of <paramref name="cases"/> already stored for another patient, each with a sentence saying so.
    /// Another patient is one with another MRN (when both have one), else another source patient id, or another birth
    /// date; re-importing such a sample would otherwise add it as a second case under the wrong person.
    /// </summary>
    public async Task<IReadOnlyList<(string SampleId, string Message)>> SamplesOfOtherPatientsAsync(
        IReadOnlyList<OmicsCase> cases, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var samples = cases.Select(c => c.Specimen.SampleId).Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.Cases.AsNoTracking().Where(c => samples.Contains(c.SampleId))
            .Select(c => new { c.SampleId, c.Patient!.Mrn, c.Patient.SourcePatientId, c.Patient.BirthDate })
            .ToListAsync(cancellationToken);
        var result = new List<(string, string)>();
        foreach (var omicsCase in cases)
        {
            var patient = omicsCase.Patient;
            var mrn = string.IsNullOrWhiteSpace(patient.Mrn) ? null : patient.Mrn.Trim();
            var other = stored.FirstOrDefault(s => s.SampleId == omicsCase.Specimen.SampleId
                && ((mrn is not null && s.Mrn is not null ? s.Mrn != mrn : s.SourcePatientId != patient.Id)
                    || (patient.BirthDate is { } born && s.BirthDate is { } storedBorn && born != storedBorn)));
            if (other is not null)
            {
                result.Add((omicsCase.Specimen.SampleId,
                    $"Sample '{omicsCase.Specimen.SampleId}' is already stored for another patient (other MRN, patient id or birth date); " +
                    "one sample belongs to one patient, so nothing was stored. Check the sample and patient identifiers."));
            }
        }

        return result;
    }
}
