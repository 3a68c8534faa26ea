using System.Globalization;
using OmicsReports.Data.Reports;

namespace OmicsReports.Data.Boards;

/// <summary>One meeting in the list of upcoming or past meetings.</summary>
public sealed record MeetingSummary(
    Guid Id,
    string BoardName,
    DateTimeOffset ScheduledAt,
    int DurationMinutes,
    string Location,
    string PresenterName,
    bool DeIdentified,
    int CaseCount,
    int FinalDecisions);

public sealed record MeetingList(IReadOnlyList<MeetingSummary> Upcoming, IReadOnlyList<MeetingSummary> Past);

/// <summary>An account that may be chosen as presenter or invited.</summary>
public sealed record BoardCandidate(string UserId, string DisplayName, string Role);

public sealed record AttendeeView(string UserId, string DisplayName, string Role, bool Invited, DateTimeOffset? FirstJoinedAt);

/// <summary>
/// Who a case is about, as far as the meeting may show it. In a de-identified meeting only the initials are filled:
/// name, MRN, date of birth and sample never leave the database for its screens and documents.
/// </summary>
public sealed record CaseIdentity(string Initials, string? Name, string? Mrn, DateOnly? BirthDate, string? SampleId)
{
    public bool IsDeIdentified => Name is null;
}

/// <summary>A case on a meeting's agenda with the version to discuss and the board's decision, if any.</summary>
public sealed record AgendaItemView(
    Guid Id,
    int Position,
    int CaseNumber,
    Guid CaseId,
    Guid ReportVersionId,
    int Version,
    ReportStatus Status,
    string? TumorTypeName,
    string Question,
    CaseIdentity Identity,
    DecisionView? Decision)
{
    /// <summary>"Case 3 · M.L." in a de-identified meeting, "Case 3 · Lindqvist, Maja" otherwise.</summary>
    public string Label => $"Case {CaseNumber.ToString(CultureInfo.InvariantCulture)} · {Identity.Name ?? Identity.Initials}";
}

public sealed record MeetingView(
    Guid Id,
    string BoardName,
    DateTimeOffset ScheduledAt,
    int DurationMinutes,
    string Location,
    string PresenterUserId,
    string PresenterName,
    bool DeIdentified,
    Guid Revision,
    IReadOnlyList<AttendeeView> Attendees,
    IReadOnlyList<AgendaItemView> Items)
{
    public BoardPresenter Presenter => new(PresenterUserId);

    public AgendaItemView? Item(Guid itemId) => Items.FirstOrDefault(i => i.Id == itemId);
}

/// <summary>A recorded decision as the meeting, the minutes and the report page show it.</summary>
public sealed record DecisionView(
    Guid Id,
    Guid AgendaItemId,
    Guid CaseId,
    Guid ReportVersionId,
    int ReportVersion,
    int? ImplicationIndex,
    string? TherapyBiomarker,
    string? Therapy,
    string? TherapyTier,
    string FreeTextRecommendation,
    bool ClinicalTrialReferral,
    string TrialDetails,
    bool GeneticCounsellingReferral,
    bool Rebiopsy,
    string AdditionalTesting,
    string Rationale,
    BoardDecisionState State,
    string RecordedByName,
    DateTimeOffset RecordedAt,
    string UpdatedByName,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? FinalizedAt,
    string? FinalizedByName,
    Guid Revision)
{
    public bool IsFinal => State == BoardDecisionState.Final;

    /// <summary>What the board asks for, one line per action, in the order a clinic letter lists them.</summary>
    public IReadOnlyList<string> Actions
    {
        get
        {
            var lines = new List<string>();
            if (Therapy is not null)
            {
                lines.Add($"Recommended therapy: {Therapy} ({TherapyBiomarker}{(TherapyTier is null ? "" : $", tier {TherapyTier}")})");
            }

            if (FreeTextRecommendation.Length > 0)
            {
                lines.Add($"Recommendation: {FreeTextRecommendation}");
            }

            if (ClinicalTrialReferral)
            {
                lines.Add(TrialDetails.Length > 0 ? $"Refer for a clinical trial: {TrialDetails}" : "Refer for a clinical trial");
            }

            if (GeneticCounsellingReferral)
            {
                lines.Add("Refer for genetic counselling");
            }

            if (Rebiopsy)
            {
                lines.Add("Re-biopsy");
            }

            if (AdditionalTesting.Length > 0)
            {
                lines.Add($"Additional testing: {AdditionalTesting}");
            }

            return lines;
        }
    }

    public string StateLabel => IsFinal ? "Final" : "Preliminary";
}

/// <summary>A decision as the patient's report page lists it: which meeting, and which version it discussed.</summary>
public sealed record CaseBoardDecision(Guid MeetingId, string BoardName, DateTimeOffset MeetingAt, int CaseNumber, DecisionView Decision);
