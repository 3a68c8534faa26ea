using System.Globalization;
using Microsoft.AspNetCore.Components;
using OmicsReports.Data.Boards;
using OmicsReports.Data.Reports;
using OmicsReports.Web.Features.Shared;

namespace OmicsReports.Web.Features.TumorBoard;

/// <summary>
/// Schedules a meeting, or edits one. Only those who may move the meeting's queue get the edit form (the service checks
/// again on save); everyone else is told who may edit instead of being handed a form that would fail. Times are typed
/// in the user's zone and stored in UTC.
/// </summary>
public sealed partial class MeetingFormPage
{
    /// <summary>Suggestions only: any board name may be typed.</summary>
    private static readonly string[] CommonBoards =
    [
        "Molecular tumour board", "Thoracic tumour board", "Gastrointestinal tumour board", "Breast tumour board",
        "Gynaecological tumour board", "Melanoma and skin tumour board", "Head and neck tumour board", "Sarcoma tumour board",
    ];

    private readonly MeetingModel model = new();
    private IReadOnlyList<BoardCandidate> candidates = [];
    private Guid revision;
    private MeetingView? editing;
    private bool zoneKnown;
    private string? problem;
    private string? loadProblem;

    [Parameter]
    public Guid? Id { get; set; }

    [Inject]
    private BoardMeetings Meetings { get; set; } = default!;

    [Inject]
    private ClientContext Client { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private BoardAttendance Attendance { get; set; } = default!;

    [Inject]
    private BoardClock Clock { get; set; } = default!;

    /// <summary>Present during the server render only; lets an unknown meeting answer 404.</summary>
    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    protected override async Task OnInitializedAsync()
    {
        var actor = await Client.ActorAsync();
        var read = await Meetings.CandidatesAsync(actor);
        if (read.Value is null)
        {
            loadProblem = "Your role does not allow you to schedule tumour board meetings.";
            return;
        }

        candidates = read.Value;
        if (Id is { } id)
        {
            editing = (await Meetings.GetAsync(actor, id)).Value;
            if (editing is null)
            {
                loadProblem = "Meeting not found: there is no such meeting. It may have been opened from an old link.";
                NotFoundStatus.Mark(HttpContext);
                return;
            }

            if (!await Attendance.CanControlAsync(actor, editing))
            {
                loadProblem = "Only the meeting's presenter, a pathologist or an administrator may edit this meeting. You can still join it and record decisions.";
                return;
            }

            revision = editing.Revision;
        }
        else
        {
            model.PresenterUserId = candidates.FirstOrDefault(c => c.UserId == actor.UserId)?.UserId ?? (candidates.Count > 0 ? candidates[0].UserId : string.Empty);
        }
    }

    /// <summary>The form waits for the browser's zone, so that the times it shows are never silently UTC.</summary>
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        await Clock.LearnAsync();
        if (editing is not null)
        {
            model.Load(editing, Clock);
        }
        else
        {
            var tomorrow = Clock.Local(Time.GetUtcNow()).AddDays(1);
            model.Date = tomorrow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        zoneKnown = true;
        StateHasChanged();
    }

    private void Toggle(string userId, bool invited)
    {
        if (invited)
        {
            model.Attendees.Add(userId);
        }
        else
        {
            model.Attendees.Remove(userId);
        }
    }

    private async Task SaveAsync()
    {
        var actor = await Client.ActorAsync();
        if (model.Start(Clock) is not { } start)
        {
            problem = $"Give the date and the start as a time that exists in {Clock.ZoneName} (the hour skipped when the clocks go forward does not).";
            return;
        }

        var input = model.ToInput(start);
        var result = Id is { } id
            ? await Meetings.UpdateAsync(actor, id, revision, input)
            : await Meetings.CreateAsync(actor, input);
        if (result.Succeeded)
        {
            Navigation.NavigateTo($"/boards/{result.Id}");
            return;
        }

        problem = result.Message;
    }

    /// <summary>The form's state; the service validates what it turns into.</summary>
    private static Task<IEnumerable<string>> SearchBoardsAsync(string? text, CancellationToken cancellationToken) =>
        Task.FromResult(CommonBoards.Where(b => string.IsNullOrWhiteSpace(text) || b.Contains(text, StringComparison.OrdinalIgnoreCase)));

    private sealed class MeetingModel
    {
        public string BoardName { get; set; } = string.Empty;

        /// <summary>"yyyy-MM-dd" in the user's zone, as the browser's date field gives it.</summary>
        public string Date { get; set; } = string.Empty;

        /// <summary>"HH:mm" in the user's zone, as the browser's time field gives it.</summary>
        public string Time { get; set; } = "16:00";

        public int DurationMinutes { get; set; } = 60;

        public string Location { get; set; } = string.Empty;

        public string PresenterUserId { get; set; } = string.Empty;

        public bool DeIdentified { get; set; }

        public HashSet<string> Attendees { get; } = new(StringComparer.Ordinal);

        public void Load(MeetingView meeting, BoardClock clock)
        {
            var local = clock.Local(meeting.ScheduledAt);
            (BoardName, Date, Time) = (meeting.BoardName, local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), local.ToString("HH:mm", CultureInfo.InvariantCulture));
            (DurationMinutes, Location, PresenterUserId, DeIdentified) = (meeting.DurationMinutes, meeting.Location, meeting.PresenterUserId, meeting.DeIdentified);
            Attendees.UnionWith(meeting.Attendees.Where(a => a.Invited).Select(a => a.UserId));
        }

        /// <summary>The start in UTC; null when the date or time is missing or does not exist in the user's zone.</summary>
        public DateTimeOffset? Start(BoardClock clock) =>
            DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) &&
            TimeOnly.TryParseExact(Time, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
                ? clock.ToUtc(day, time)
                : null;

        public MeetingInput ToInput(DateTimeOffset start) => new(BoardName, start, DurationMinutes, Location, PresenterUserId, DeIdentified, [.. Attendees]);
    }
}
