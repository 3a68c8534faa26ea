using Microsoft.AspNetCore.Components;
using OmicsReports.Data.Boards;
using OmicsReports.Data.Reports;
using OmicsReports.Web.Features.Shared;

namespace OmicsReports.Web.Features.TumorBoard;

/// <summary>Schedules a meeting, or edits one (for those who may move its queue; the service checks).</summary>
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
    private TimeProvider Clock { get; set; } = default!;

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
            var meeting = (await Meetings.GetAsync(actor, id)).Value;
            if (meeting is null)
            {
                loadProblem = "Meeting not found: there is no such meeting. It may have been opened from an old link.";
                NotFoundStatus.Mark(HttpContext);
                return;
            }

            model.Load(meeting);
            revision = meeting.Revision;
        }
        else
        {
            model.Date = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime.AddDays(1));
            model.PresenterUserId = candidates.FirstOrDefault(c => c.UserId == actor.UserId)?.UserId ?? (candidates.Count > 0 ? candidates[0].UserId : string.Empty);
        }
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
        var input = model.ToInput();
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
    private sealed class MeetingModel
    {
        public string BoardName { get; set; } = string.Empty;

        public DateOnly Date { get; set; }

        public TimeOnly Time { get; set; } = new(16, 0);

        public int DurationMinutes { get; set; } = 60;

        public string Location { get; set; } = string.Empty;

        public string PresenterUserId { get; set; } = string.Empty;

        public bool DeIdentified { get; set; }

        public HashSet<string> Attendees { get; } = new(StringComparer.Ordinal);

        public void Load(MeetingView meeting)
        {
            var utc = meeting.ScheduledAt.ToUniversalTime();
            (BoardName, Date, Time) = (meeting.BoardName, DateOnly.FromDateTime(utc.UtcDateTime), TimeOnly.FromDateTime(utc.UtcDateTime));
            (DurationMinutes, Location, PresenterUserId, DeIdentified) = (meeting.DurationMinutes, meeting.Location, meeting.PresenterUserId, meeting.DeIdentified);
            Attendees.UnionWith(meeting.Attendees.Where(a => a.Invited).Select(a => a.UserId));
        }

        public MeetingInput ToInput() => new(BoardName, new DateTimeOffset(Date.ToDateTime(Time), TimeSpan.Zero), DurationMinutes, Location,
            PresenterUserId, DeIdentified, [.. Attendees]);
    }
}
