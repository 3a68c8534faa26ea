using System.Text.Json;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using OmicsReports.Data.Boards;
using OmicsReports.Data.Reports;
using OmicsReports.Web.Features.Shared;
using OmicsReports.Web.Features.TumorBoard.Live;

namespace OmicsReports.Web.Features.TumorBoard;

/// <summary>
/// The live presentation: one case per screen. Everyone who follows sees the presenter's case, over their own circuit
/// and without a reload (<see cref="BoardRoom"/> events, marshalled with InvokeAsync). Anyone may step away to browse
/// and rejoin; moving everyone is for those who may move the queue, checked by <see cref="BoardPresenting"/>.
/// </summary>
public sealed partial class PresentPage
{
    private readonly HashSet<Guid> viewed = [];
    private readonly string presenceKey = Guid.NewGuid().ToString("N");
    private Actor actor = default!;
    private MeetingView? meeting;
    private BoardRoom? room;
    private IDisposable? presence;
    private BoardCaseContent? content;
    private Guid? displayedItemId;
    private Guid? localItemId;
    private bool following = true;
    private BoardSection? localSection;
    private bool canControl;
    private bool canDecide;
    private bool decisionDirty;
    private bool syncInterrupted;
    private string? problem;
    private string? message;
    private string liveText = string.Empty;
    private IReadOnlyList<PresentPerson> people = [];
    private IJSObjectReference? module;
    private IJSObjectReference? shortcuts;
    private DotNetObjectReference<PresentPage>? self;

    [Parameter]
    public Guid Id { get; set; }

    [Inject] private BoardMeetings Meetings { get; set; } = default!;
    [Inject] private BoardAttendance Attendance { get; set; } = default!;
    [Inject] private BoardPresenting Presenting { get; set; } = default!;
    [Inject] private BoardRooms Rooms { get; set; } = default!;
    [Inject] private BoardCircuitHandler Circuit { get; set; } = default!;
    [Inject] private ReportReader Reader { get; set; } = default!;
    [Inject] private ClientContext Client { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private BoardClock Zone { get; set; } = default!;

    /// <summary>Present during the server render only; lets an unknown meeting answer 404.</summary>
    [CascadingParameter] private HttpContext? HttpContext { get; set; }

    private AgendaItemView? DisplayedItem => displayedItemId is { } id ? meeting?.Item(id) : null;

    /// <summary>The case this screen should show: the presenter's while following, the participant's own otherwise.</summary>
    private Guid? TargetItemId
    {
        get
        {
            var wanted = following ? room?.Position.ItemId : localItemId;
            return wanted is { } id && meeting?.Item(id) is not null ? id : meeting?.Items is { Count: > 0 } items ? items[0].Id : null;
        }
    }

    /// <summary>
    /// The open section: the presenter's while following, unless this person opened another since the presenter's
    /// last move (a look of their own that the presenter's next move ends); their own once they have stepped away.
    /// </summary>
    private BoardSection Section => localSection ?? (following ? room?.Position.Section ?? BoardSection.Findings : BoardSection.Findings);

    private static readonly (BoardSection Section, string Label, string Id)[] Sections =
    [
        (BoardSection.Findings, "Key findings", "board-findings"),
        (BoardSection.Details, "Details", "board-details"),
        (BoardSection.Decision, "Decision", "board-decision"),
    ];

    private string PageTitleText => DisplayedItem is { } item ? $"{item.Label} · {meeting!.BoardName}" : meeting?.BoardName ?? "Tumour board";

    private string ModeText => (following, canControl) switch
    {
        (true, true) => "You are presenting.",
        (true, false) => "Following the presenter.",
        _ => room?.Position.ItemId is { } at && meeting?.Item(at) is { } item
            ? $"You have stepped away. The presenter is on {item.Label}."
            : "You have stepped away.",
    };

    protected override async Task OnInitializedAsync()
    {
        actor = await Client.ActorAsync();
        if (!await ReloadMeetingAsync() || !RendererInfo.IsInteractive)
        {
            return;
        }

        canControl = await Attendance.CanControlAsync(actor, meeting!);
        canDecide = await Attendance.CanDecideAsync(actor);
        await Attendance.JoinAsync(actor, Id);
        room = Rooms.Room(Id);
        var me = meeting!.Attendees.FirstOrDefault(a => a.UserId == actor.UserId);
        presence = room.Enter(new BoardParticipant(presenceKey, actor.UserId, me?.DisplayName ?? actor.UserName,
            BoardRoles.MayJoin.FirstOrDefault(actor.User.IsInRole) ?? actor.Role, Following: true, Connected: true));
        Circuit.Track(room, presenceKey);
        room.Moved += OnMoved;
        room.PresenceChanged += OnPresenceChanged;
        room.MeetingChanged += OnMeetingChanged;
        Rooms.SyncChanged += OnSyncChanged;
        syncInterrupted = Rooms.SyncInterrupted;
        people = BoardPresence.People(room.Participants, meeting.PresenterUserId);
        await ShowAsync();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender && await Zone.LearnAsync())
        {
            StateHasChanged();
        }

        if (room is null || module is not null)
        {
            return;
        }

        module = await JS.InvokeAsync<IJSObjectReference>("import", "./Features/TumorBoard/PresentPage.razor.js");
        self = DotNetObjectReference.Create(this);
        shortcuts = await module.InvokeAsync<IJSObjectReference>("listen", self);
    }

    [JSInvokable]
    public async Task OnShortcut(string command)
    {
        switch (command)
        {
            case "next":
                await StepAsync(1);
                break;
            case "previous":
                await StepAsync(-1);
                break;
            case "details":
                await OpenSectionAsync(Section == BoardSection.Details ? BoardSection.Findings : BoardSection.Details);
                break;
            case "findings":
                await OpenSectionAsync(BoardSection.Findings);
                break;
            case "decision":
                await OpenSectionAsync(BoardSection.Decision);
                break;
            case "follow" when following:
                StepAway();
                break;
            case "follow":
                await RejoinAsync();
                break;
        }

        StateHasChanged();
    }

    private async Task StepAsync(int delta)
    {
        var items = meeting?.Items ?? [];
        var index = items.ToList().FindIndex(i => i.Id == displayedItemId);
        var target = index + delta;
        if (index < 0 || target < 0 || target >= items.Count)
        {
            liveText = delta > 0 ? "This is the last case." : "This is the first case.";
            return;
        }

        await GoToAsync(items[target].Id);
    }

    private async Task GoToAsync(Guid itemId)
    {
        message = null;
        if (following && canControl)
        {
            var result = await Presenting.MoveAsync(actor, Id, itemId, BoardSection.Findings);
            message = result.Succeeded ? null : result.Message;
            return;
        }

        // Browsing on one's own never moves anyone else: it steps away first.
        if (following)
        {
            StepAway();
        }

        (localItemId, localSection) = (itemId, null);
        await ShowAsync();
    }

    /// <summary>The presenter opens a section for everyone who follows; anyone else opens it for themselves.</summary>
    private async Task OpenSectionAsync(BoardSection section)
    {
        if (following && canControl && displayedItemId is { } id)
        {
            var result = await Presenting.MoveAsync(actor, Id, id, section);
            message = result.Succeeded ? null : result.Message;
            localSection = null;
            return;
        }

        localSection = section;
    }

    private void StepAway()
    {
        (following, localItemId, localSection) = (false, displayedItemId, Section);
        room?.Update(presenceKey, p => p with { Following = false });
    }

    private async Task RejoinAsync()
    {
        (following, localSection) = (true, null);
        room?.Update(presenceKey, p => p with { Following = true });
        await ShowAsync();
    }

    private async Task DecisionSavedAsync()
    {
        decisionDirty = false;
        await ReloadMeetingAsync();
        room?.NotifyMeetingChanged();
    }

    private void OnMoved(BoardPosition position) => _ = InvokeAsync(async () =>
    {
        if (following && decisionDirty && position.ItemId != displayedItemId)
        {
            // An unsaved decision must not vanish under its author: they stay, and can rejoin once it is saved.
            StepAway();
            liveText = "The presenter moved on; you stayed to finish the decision.";
        }
        else if (following)
        {
            localSection = null;
            await ShowAsync();
        }

        StateHasChanged();
    });

    private void OnPresenceChanged() => _ = InvokeAsync(() =>
    {
        people = meeting is null || room is null ? [] : BoardPresence.People(room.Participants, meeting.PresenterUserId);
        StateHasChanged();
    });

    /// <summary>The link to the other app nodes went down or came back (only with several nodes).</summary>
    private void OnSyncChanged() => _ = InvokeAsync(() =>
    {
        syncInterrupted = Rooms.SyncInterrupted;
        people = meeting is null || room is null ? [] : BoardPresence.People(room.Participants, meeting.PresenterUserId);
        StateHasChanged();
    });

    private void OnMeetingChanged() => _ = InvokeAsync(async () =>
    {
        await ReloadMeetingAsync();
        await ShowAsync(force: true);
        StateHasChanged();
    });

    private async Task<bool> ReloadMeetingAsync()
    {
        var read = await Meetings.GetAsync(actor, Id);
        problem = read.Outcome switch
        {
            LifecycleOutcome.Denied => "Your role does not allow you to join tumour board meetings.",
            LifecycleOutcome.NotFound => "Meeting not found: there is no such meeting. It may have been opened from an old link.",
            _ => null,
        };
        if (read.Outcome == LifecycleOutcome.NotFound)
        {
            NotFoundStatus.Mark(HttpContext);
        }

        meeting = read.Value;
        return meeting is not null;
    }

    private async Task ShowAsync(bool force = false)
    {
        var id = TargetItemId;
        if (meeting is null || id is null)
        {
            (content, displayedItemId) = (null, null);
            return;
        }

        if (!force && id == displayedItemId && content is not null)
        {
            return;
        }

        var item = meeting.Item(id.Value)!;
        try
        {
            var view = await Reader.LoadAsync(item.CaseId, item.Version);
            content = view is null ? null : BoardSlides.Build(meeting, item, view);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            content = null;
            problem = "The stored report of this case could not be read by this version of OmicsReports. Nothing was changed.";
            return;
        }

        displayedItemId = id;
        liveText = $"Now showing {item.Label}, {item.Position + 1} of {meeting.Items.Count}.";
        if (viewed.Add(item.Id))
        {
            await Attendance.RecordViewAsync(actor, Id, item.Id);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (room is not null)
        {
            room.Moved -= OnMoved;
            room.PresenceChanged -= OnPresenceChanged;
            room.MeetingChanged -= OnMeetingChanged;
            Rooms.SyncChanged -= OnSyncChanged;
        }

        presence?.Dispose();
        Circuit.Untrack(presenceKey);
        try
        {
            if (shortcuts is not null)
            {
                await shortcuts.InvokeVoidAsync("dispose");
                await shortcuts.DisposeAsync();
            }

            if (module is not null)
            {
                await module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The browser is gone; its listener went with it.
        }

        self?.Dispose();
    }
}
