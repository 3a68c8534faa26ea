using OmicsReports.Data.Patients;
using OmicsReports.Data.Reports;
using OmicsReports.Domain.Knowledge;

namespace OmicsReports.Data.Cases;

/// <summary>
/// One specimen of a patient, with its report versions. The summary columns (latest version, status, top finding)
/// mirror the newest version so the worklist can search, sort and page on the server without reading snapshots.
/// </summary>
public sealed class CaseRecord
{
    public Guid Id { get; set; }

    public Guid PatientId { get; set; }

    public PatientRecord? Patient { get; set; }

    /// <summary>The laboratory's sample identifier; re-importing the same one adds a version to this case.</summary>
    public string SampleId { get; set; } = string.Empty;

    public string? SampleType { get; set; }

    public DateOnly? CollectedOn { get; set; }

    /// <summary>OncoTree code, or null when no source named a tumour type.</summary>
    public string? TumorTypeCode { get; set; }

    public string? TumorTypeName { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public int LatestVersion { get; set; }

    public ReportStatus LatestStatus { get; set; }

    /// <summary>The strongest implication of the newest version, e.g. "BRAF V600E: dabrafenib + trametinib".</summary>
    public string TopFinding { get; set; } = string.Empty;

    public EvidenceTier? TopTier { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<ReportVersionRecord> Versions { get; set; } = [];
}
