using Microsoft.AspNetCore.Components;
using OmicsReports.Data.Boards;
using OmicsReports.Data.Reports;
using OmicsReports.Web.Features.Shared;
using OmicsReports.Web.Features.TumorBoard.Live;

namespace OmicsReports.Web.Features.TumorBoard;

/// <summary>
/// One meeting: details, the agenda in its running order (reordered by buttons, keys or drag and drop, for those who
/// may move the queue), adding cases, attendees and the PDFs. Agenda changes reach an open presentation live.
/// </summary>
public sealed partial class MeetingPage
{
    private MeetingView? meeting;
    private bool canControl;
    private string? problem;
    private string announcement = string.Empty;
    private BoardResult? result;

    [Parameter]
    public Guid Id { get; set; }

    [Inject]
    private BoardMeetings Meetings { get; set; } = default!;

    [Inject]
    private BoardAgenda Agenda { get; set; } = default!;

    [Inject]
    private BoardAttendance Attendance { get; set; } = default!;

    [Inject]
    private BoardRooms Rooms { get; set; } = default!;

    [Inject]
    private ClientContext Client { get; set; } = default!;

    /// <summary>Present during the server render only; lets an unknown meeting answer 404.</summary>
    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    [Inject]
    private BoardClock Clock { get; set; } = default!;

    protected override async Task OnParametersSetAsync() => await LoadAsync();

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender && await Clock.LearnAsync())
        {
            StateHasChanged();
        }
    }

    private async Task LoadAsync()
    {
        var actor = await Client.ActorAsync();
        var read = await Meetings.GetAsync(actor, Id);
        meeting = read.Value;
        problem = read.Outcome switch
        {
            LifecycleOutcome.Denied => "Your role does not allow you to see tumour board meetings.",
            LifecycleOutcome.NotFound => "Meeting not found: there is no such meeting. It may have been opened from an old link.",
            _ => null,
        };
        if (read.Outcome == LifecycleOutcome.NotFound)
        {
            NotFoundStatus.Mark(HttpContext);
        }

        canControl = meeting is not null && await Attendance.CanControlAsync(actor, meeting);
    }

    private async Task MoveAsync((Guid ItemId, int Position) move)
    {
        result = await Agenda.MoveAsync(await Client.ActorAsync(), Id, move.ItemId, move.Position);
        announcement = result.Message;
        await ChangedAsync();
    }

    private async Task RemoveAsync(Guid itemId)
    {
        result = await Agenda.RemoveCaseAsync(await Client.ActorAsync(), Id, itemId);
        announcement = result.Message;
        await ChangedAsync();
    }

    private async Task ChangedAsync()
    {
        await LoadAsync();
        Rooms.Room(Id).NotifyMeetingChanged();
    }
}
