using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Reports;

namespace OmicsReports.Reporting.Board;

/// <summary>
/// Everything the minutes of one meeting print. The caller fills it from the stored meeting, with de-identified
/// copies of the cases when the meeting asks for that; the document renders what it is given.
/// </summary>
public sealed record BoardMinutes
{
    public required Guid MeetingId { get; init; }

    public required string BoardName { get; init; }

    public required DateTimeOffset ScheduledAt { get; init; }

    public int DurationMinutes { get; init; }

    public string Location { get; init; } = string.Empty;

    public required string PresenterName { get; init; }

    public bool DeIdentified { get; init; }

    public required IReadOnlyList<MinutesAttendee> Attendees { get; init; }

    /// <summary>In the running order of the agenda.</summary>
    public required IReadOnlyList<MinutesCase> Cases { get; init; }

    /// <summary>When this file is produced; printed in every footer and written to the PDF metadata.</summary>
    public required DateTimeOffset GeneratedAt { get; init; }

    public required string GeneratedBy { get; init; }

    /// <summary>
    /// True while any recorded decision is preliminary: every page then says the minutes are not final. A case the board
    /// did not decide is listed as such, and does not make final decisions look provisional.
    /// </summary>
    public bool Preliminary => Cases.Any(c => c.Decision is { Final: false });

    /// <summary>How many cases on the agenda have no decision recorded.</summary>
    public int Undecided => Cases.Count(c => c.Decision is null);
}

public sealed record MinutesAttendee(string Name, string Role, bool Invited, DateTimeOffset? JoinedAt);

/// <summary>One case of the minutes: its key findings as the discussed version states them, and the decision.</summary>
public sealed record MinutesCase
{
    public required int CaseNumber { get; init; }

    /// <summary>"Case 3 · M.L." or "Case 3 · Lindqvist, Maja".</summary>
    public required string Title { get; init; }

    /// <summary>MRN, date of birth and sample for identified meetings; null in de-identified ones.</summary>
    public string? Identifiers { get; init; }

    public required string VersionText { get; init; }

    public string Question { get; init; } = string.Empty;

    public required OmicsCase Case { get; init; }

    public required OmicsReport Report { get; init; }

    public MinutesDecision? Decision { get; init; }
}

/// <param name="Actions">What the board asks for, one line each (therapy, referrals, re-biopsy, testing).</param>
public sealed record MinutesDecision(
    bool Final,
    IReadOnlyList<string> Actions,
    string Rationale,
    int ReportVersion,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    string? FinalizedBy,
    DateTimeOffset? FinalizedAt);
