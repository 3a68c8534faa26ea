using Microsoft.EntityFrameworkCore;
using OmicsReports.Data.Cases;
using OmicsReports.Data.Patients;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Reports;

namespace OmicsReports.Data.Reports;

/// <summary>A case and the report the engine made of it, ready to be stored as a new version.</summary>
public sealed record EvaluatedCase(OmicsCase Case, OmicsReport Report);

/// <summary>Where a stored evaluation went: its case and the version it became.</summary>
public sealed record StoredVersion(Guid PatientId, Guid CaseId, Guid VersionId, int Version, string SampleId);

/// <summary>
/// Stores evaluated cases as new draft versions, all or nothing. A sample seen before gets the next version number;
/// the earlier versions are never touched.
/// </summary>
public sealed partial class ReportStore(IDbContextFactory<OmicsDbContext> contexts, TimeProvider clock)
{
    public async Task<IReadOnlyList<StoredVersion>> AddVersionsAsync(
        IReadOnlyList<EvaluatedCase> evaluated, string createdBy, string origin = ReportOrigins.Import, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(evaluated);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var stored = new List<StoredVersion>();
        foreach (var item in evaluated)
        {
            var patient = await FindOrAddPatientAsync(db, item.Case.Patient, now, cancellationToken);
            var record = await FindOrAddCaseAsync(db, patient, item.Case, now, cancellationToken);
            var next = record.LatestVersion + 1;
            var caseJson = ReportSnapshots.Serialize(item.Case);
            var version = new ReportVersionRecord
            {
                Id = Guid.NewGuid(),
                CaseId = record.Id,
                Version = next,
                Status = ReportStatus.Draft,
                Origin = origin,
                CaseJson = caseJson,
                ReportJson = ReportSnapshots.Serialize(item.Report),
                InputSha256 = ReportSnapshots.Sha256(caseJson),
                KnowledgeBaseVersion = item.Report.KnowledgeBase.Version,
                KnowledgeBaseSha256 = item.Report.KnowledgeBase.Sha256,
                CreatedAt = now,
                CreatedBy = createdBy,
                UpdatedAt = now,
                UpdatedBy = createdBy,
                Revision = Guid.NewGuid(),
            };
            db.ReportVersions.Add(version);
            CaseSummary.Apply(record, version, item.Report, now);
            stored.Add(new StoredVersion(patient.Id, record.Id, version.Id, next, record.SampleId));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    private static async Task<PatientRecord> FindOrAddPatientAsync(OmicsDbContext db, Patient patient, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var mrn = string.IsNullOrWhiteSpace(patient.Mrn) ? null : patient.Mrn.Trim();
        var record = db.Patients.Local.FirstOrDefault(p => mrn is not null ? p.Mrn == mrn : p.Mrn is null && p.SourcePatientId == patient.Id)
            ?? (mrn is not null
                ? await db.Patients.FirstOrDefaultAsync(p => p.Mrn == mrn, cancellationToken)
                : await db.Patients.FirstOrDefaultAsync(p => p.Mrn == null && p.SourcePatientId == patient.Id, cancellationToken));
        if (record is null)
        {
            record = new PatientRecord { Id = Guid.NewGuid(), Mrn = mrn, SourcePatientId = patient.Id, CreatedAt = now };
            db.Patients.Add(record);
        }

        // The newest import speaks for the patient's demographics, but never erases what it does not state.
        record.FamilyName = patient.FamilyName ?? record.FamilyName;
        record.GivenName = patient.GivenName ?? record.GivenName;
        record.BirthDate = patient.BirthDate ?? record.BirthDate;
        if (patient.Sex != Sex.Unknown || record.Sex.Length == 0)
        {
            record.Sex = patient.Sex.ToString().ToLowerInvariant();
        }

        return record;
    }

    private static async Task<CaseRecord> FindOrAddCaseAsync(OmicsDbContext db, PatientRecord patient, OmicsCase omicsCase, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sampleId = omicsCase.Specimen.SampleId;
        var record = db.Cases.Local.FirstOrDefault(c => c.PatientId == patient.Id && c.SampleId == sampleId)
            ?? await db.Cases.FirstOrDefaultAsync(c => c.PatientId == patient.Id && c.SampleId == sampleId, cancellationToken);
        if (record is null)
        {
            record = new CaseRecord { Id = Guid.NewGuid(), PatientId = patient.Id, SampleId = sampleId, CreatedAt = now };
            db.Cases.Add(record);
        }

        record.SampleType = omicsCase.Specimen.SampleType ?? record.SampleType;
        record.CollectedOn = omicsCase.Specimen.CollectedOn ?? record.CollectedOn;
        record.TumorTypeCode = omicsCase.TumorType?.Code ?? record.TumorTypeCode;
        record.TumorTypeName = omicsCase.TumorType?.Name ?? record.TumorTypeName;
        return record;
    }
}

/// <summary>Keeps a case's worklist columns in step with its newest version.</summary>
internal static class CaseSummary
{
    public static void Apply(CaseRecord record, ReportVersionRecord version, OmicsReport report, DateTimeOffset now, IReadOnlySet<int>? hidden = null)
    {
        if (version.Version < record.LatestVersion)
        {
            return; // an older version changed state; the worklist shows the newest
        }

        record.LatestVersion = version.Version;
        record.LatestStatus = version.Status;
        record.TopFinding = ReportSnapshots.TopFindingText(report, hidden);
        record.TopTier = ReportSnapshots.TopImplication(report, hidden)?.Tier;
        record.UpdatedAt = now;
    }
}
