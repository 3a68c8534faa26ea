namespace OmicsReports.Data.Boards;

/// <summary>
/// One tumour board meeting: which board meets when, who presents, who is invited, and the cases on its agenda.
/// Patient data never lives here: the agenda points at report versions, whose snapshots stay immutable.
/// </summary>
public sealed class BoardMeetingRecord
{
    public Guid Id { get; set; }

    /// <summary>The board, e.g. "Thoracic tumour board".</summary>
    public string BoardName { get; set; } = string.Empty;

    /// <summary>Start of the meeting, stored in UTC.</summary>
    public DateTimeOffset ScheduledAt { get; set; }

    public int DurationMinutes { get; set; } = 60;

    /// <summary>Room or video link, as free text.</summary>
    public string Location { get; set; } = string.Empty;

    /// <summary>The account that presents; besides pathologists and administrators, the only one who moves the queue.</summary>
    public string PresenterUserId { get; set; } = string.Empty;

    public string PresenterName { get; set; } = string.Empty;

    /// <summary>
    /// For boards with external attendees: initials and a meeting case number replace name, MRN and date of birth in
    /// everything the meeting shows and prints.
    /// </summary>
    public bool DeIdentified { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = string.Empty;

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic-concurrency token: two organisers editing the same meeting cannot overwrite each other.</summary>
    public Guid Revision { get; set; }

    public List<BoardAttendeeRecord> Attendees { get; set; } = [];

    public List<BoardAgendaItemRecord> Items { get; set; } = [];
}

/// <summary>An invited attendee, or someone who joined without an invitation; joining sets <see cref="FirstJoinedAt"/>.</summary>
public sealed class BoardAttendeeRecord
{
    public long Id { get; set; }

    public Guid MeetingId { get; set; }

    public string UserId { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The attendee's role when invited or when they joined, e.g. "Oncologist".</summary>
    public string Role { get; set; } = string.Empty;

    public bool Invited { get; set; }

    public DateTimeOffset? FirstJoinedAt { get; set; }
}

/// <summary>
/// A case on the agenda: the exact report version to be discussed. <see cref="CaseNumber"/> is given when the case is
/// added and never changes, so that "case 3" means the same patient all meeting long, whatever the order.
/// </summary>
public sealed class BoardAgendaItemRecord
{
    public Guid Id { get; set; }

    public Guid MeetingId { get; set; }

    /// <summary>0-based place in the running order.</summary>
    public int Position { get; set; }

    public int CaseNumber { get; set; }

    public Guid CaseId { get; set; }

    public Guid ReportVersionId { get; set; }

    /// <summary>The question put to the board, e.g. "Adjuvant therapy after resection?".</summary>
    public string Question { get; set; } = string.Empty;

    public DateTimeOffset AddedAt { get; set; }

    public string AddedBy { get; set; } = string.Empty;
}
