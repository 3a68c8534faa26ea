using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Data;
using OmicsReports.Data.Boards;
using OmicsReports.Data.Identity;
using OmicsReports.Data.Reports;
using OmicsReports.Web.Features.TumorBoard.Live;
using OmicsReports.Web.Tests.Infrastructure;
using OmicsReports.Testing;

namespace OmicsReports.Web.Tests.TumorBoard;

/// <summary>
/// Every meeting action against every role, the meeting's presenter and an anonymous principal, called on the services
/// the screens call: the server refuses, whatever a screen shows, and a refused action changes nothing.
/// </summary>
[Collection(WebCollection.Name)]
[Trait(DatabaseMatrix.Trait, DatabaseMatrix.Both)]
public sealed class BoardActionMatrixTests(OmicsWebFactory app) : IDisposable
{
    private const string Presenter = "presenter";
    private const string Anonymous = "anonymous";
    private static readonly string[] Join = [Roles.Oncologist, Roles.Pathologist, Roles.Admin, Presenter];
    private static readonly string[] Control = [Roles.Pathologist, Roles.Admin, Presenter];
    private static readonly string[] Decide = [Roles.Oncologist, Roles.Pathologist, Presenter];
    private readonly IServiceScope scope = app.Services.CreateScope();

    public static TheoryData<string, string, bool> Matrix()
    {
        var allowed = new Dictionary<string, string[]>
        {
            ["list-meetings"] = Join,
            ["read-meeting"] = Join,
            ["list-candidates"] = Join,
            ["schedule"] = Join,
            ["join"] = Join,
            ["record-view"] = Join,
            ["edit-meeting"] = Control,
            ["search-cases"] = Control,
            ["add-case"] = Control,
            ["remove-case"] = Control,
            ["reorder"] = Control,
            ["move-presentation"] = Control,
            ["record-decision"] = Decide,
            ["case-decisions"] = [Roles.Oncologist, Roles.Pathologist, Presenter],
        };
        var data = new TheoryData<string, string, bool>();
        foreach (var (action, roles) in allowed)
        {
            foreach (var who in Roles.All.Append(Presenter).Append(Anonymous))
            {
                data.Add(action, who, roles.Contains(who));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Action_ByRole_IsRefusedUnlessAllowed_AndARefusalChangesNothing(string action, string who, bool allowed)
    {
        var board = await app.MeetingAsync();
        var actor = who switch
        {
            Anonymous => new Actor(new ClaimsPrincipal(), "127.0.0.1"),
            Presenter => board.Presenter,
            _ => TestActors.For(who),
        };
        var before = await StateAsync(board.Id);
        var outcome = await RunAsync(action, actor, board);

        Assert.Equal(allowed ? LifecycleOutcome.Done : LifecycleOutcome.Denied, outcome);
        if (!allowed)
        {
            Assert.Equal(before, await StateAsync(board.Id));
        }
    }

    private async Task<LifecycleOutcome> RunAsync(string action, Actor actor, BoardScenario board)
    {
        var services = scope.ServiceProvider;
        var meetings = services.GetRequiredService<BoardMeetings>();
        var agenda = services.GetRequiredService<BoardAgenda>();
        var attendance = services.GetRequiredService<BoardAttendance>();
        var (first, second) = (board.Item(0), board.Item(1));
        var input = new MeetingInput("Renamed board", board.Meeting.ScheduledAt, 90, "Room 5", board.Presenter.UserId, false, []);
        return action switch
        {
            "list-meetings" => (await meetings.ListAsync(actor)).Outcome,
            "read-meeting" => (await meetings.GetAsync(actor, board.Id)).Outcome,
            "list-candidates" => (await meetings.CandidatesAsync(actor)).Outcome,
            "schedule" => (await meetings.CreateAsync(actor, input)).Outcome,
            "join" => (await attendance.JoinAsync(actor, board.Id)).Outcome,
            "record-view" => (await attendance.RecordViewAsync(actor, board.Id, first.Id)).Outcome,
            "edit-meeting" => (await meetings.UpdateAsync(actor, board.Id, board.Meeting.Revision, input)).Outcome,
            "search-cases" => (await agenda.SearchCasesAsync(actor, board.Id, "Test")).Outcome,
            "add-case" => (await agenda.AddCaseAsync(actor, board.Id, (await app.StoreCaseAsync(3)).CaseId, "")).Outcome,
            "remove-case" => (await agenda.RemoveCaseAsync(actor, board.Id, second.Id)).Outcome,
            "reorder" => (await agenda.MoveAsync(actor, board.Id, second.Id, 0)).Outcome,
            "move-presentation" => (await services.GetRequiredService<BoardPresenting>().MoveAsync(actor, board.Id, second.Id, BoardSection.Details)).Outcome,
            "record-decision" => (await services.GetRequiredService<BoardDecisions>().SaveAsync(actor, board.Id, first.Id,
                DecisionInput.Empty with { Rebiopsy = true }, null, final: false)).Outcome,
            "case-decisions" => (await services.GetRequiredService<BoardDecisions>().ForCaseAsync(actor, first.CaseId)).Outcome,
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
        };
    }

    /// <summary>What an action could change: meetings, the meeting, its agenda order, attendance, decisions, the live position.</summary>
    private async Task<string> StateAsync(Guid meetingId)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>().CreateDbContextAsync();
        var meetings = await db.BoardMeetings.CountAsync();
        var meeting = await db.BoardMeetings.AsNoTracking().SingleAsync(m => m.Id == meetingId);
        var items = await db.BoardAgendaItems.AsNoTracking().Where(i => i.MeetingId == meetingId).OrderBy(i => i.Position).Select(i => i.CaseNumber).ToListAsync();
        var attendees = await db.BoardAttendees.CountAsync(a => a.MeetingId == meetingId && a.FirstJoinedAt != null);
        var decisions = await db.BoardDecisions.CountAsync(d => d.MeetingId == meetingId);
        var position = app.Services.GetRequiredService<BoardRooms>().Room(meetingId).Position;
        return $"{meetings}|{meeting.Revision}|{meeting.BoardName}|{string.Join(',', items)}|{attendees}|{decisions}|{position.Sequence}";
    }

    public void Dispose() => scope.Dispose();
}
