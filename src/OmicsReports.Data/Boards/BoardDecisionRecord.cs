namespace OmicsReports.Data.Boards;

public enum BoardDecisionState
{
    /// <summary>Recorded during the discussion; may still change.</summary>
    Preliminary,

    /// <summary>Agreed by the board; never changes again (service and database trigger).</summary>
    Final,
}

/// <summary>
/// The board's decision on one agenda item, tied to the report version that was discussed. A recommended therapy is
/// copied from the report's implication as text, so the decision reads the same whatever happens to later versions.
/// </summary>
public sealed class BoardDecisionRecord
{
    public Guid Id { get; set; }

    public Guid MeetingId { get; set; }

    public Guid AgendaItemId { get; set; }

    public Guid CaseId { get; set; }

    /// <summary>The report version on the agenda when the decision was taken.</summary>
    public Guid ReportVersionId { get; set; }

    /// <summary>That version's number, 1, 2…, for display without a join.</summary>
    public int ReportVersion { get; set; }

    /// <summary>Position of the chosen implication in that version's report, when a therapy was picked from it.</summary>
    public int? ImplicationIndex { get; set; }

    /// <summary>The chosen implication's biomarker, e.g. "BRAF V600E".</summary>
    public string? TherapyBiomarker { get; set; }

    /// <summary>The chosen implication's therapies, e.g. "dabrafenib + trametinib".</summary>
    public string? Therapy { get; set; }

    /// <summary>The chosen implication's tier, e.g. "IA".</summary>
    public string? TherapyTier { get; set; }

    /// <summary>A recommendation in the board's own words, alone or beside a picked therapy.</summary>
    public string FreeTextRecommendation { get; set; } = string.Empty;

    public bool ClinicalTrialReferral { get; set; }

    /// <summary>Trial identifiers or notes, e.g. an NCT number.</summary>
    public string TrialDetails { get; set; } = string.Empty;

    public bool GeneticCounsellingReferral { get; set; }

    public bool Rebiopsy { get; set; }

    /// <summary>Additional testing asked for, e.g. "RNA fusion panel".</summary>
    public string AdditionalTesting { get; set; } = string.Empty;

    public string Rationale { get; set; } = string.Empty;

    public BoardDecisionState State { get; set; }

    public string RecordedByUserId { get; set; } = string.Empty;

    public string RecordedByName { get; set; } = string.Empty;

    public DateTimeOffset RecordedAt { get; set; }

    public string UpdatedByName { get; set; } = string.Empty;

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? FinalizedAt { get; set; }

    public string? FinalizedByName { get; set; }

    public Guid Revision { get; set; }
}
