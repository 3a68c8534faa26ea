using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Data;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Boards;
using OmicsReports.Data.Identity;
using OmicsReports.Data.Reports;
using OmicsReports.Web.Tests.Infrastructure;
using OmicsReports.Testing;

namespace OmicsReports.Web.Tests.TumorBoard;

/// <summary>The agenda on real PostgreSQL: stable case numbers, reordering, removal, attendance and de-identification.</summary>
[Collection(WebCollection.Name)]
[Trait(DatabaseMatrix.Trait, DatabaseMatrix.Both)]
public sealed class BoardAgendaTests(OmicsWebFactory app) : IDisposable
{
    private readonly IServiceScope scope = app.Services.CreateScope();

    private BoardAgenda Agenda => scope.ServiceProvider.GetRequiredService<BoardAgenda>();

    [Fact]
    public async Task Move_ChangesTheOrder_KeepsTheCaseNumbers_AndIsAudited()
    {
        var board = await app.MeetingAsync();
        var third = board.Item(2);

        var moved = await Agenda.MoveAsync(board.Presenter, board.Id, third.Id, 0);

        Assert.True(moved.Succeeded, moved.Message);
        var meeting = await app.ReadMeetingAsync(board.Id);
        Assert.Equal([3, 1, 2], meeting.Items.Select(i => i.CaseNumber));
        Assert.Equal([0, 1, 2], meeting.Items.Select(i => i.Position));
        await using var db = await Db();
        var entry = await db.AuditEntries.AsNoTracking().Where(e => e.Action == AuditActions.BoardAgenda && e.TargetId == board.Id.ToString()).SingleAsync();
        Assert.Equal("case 3 moved from position 3 to 1", entry.Detail);
    }

    [Fact]
    public async Task Remove_ClosesTheGap_ButACaseWithADecisionStays()
    {
        var board = await app.MeetingAsync();
        var decided = await scope.ServiceProvider.GetRequiredService<BoardDecisions>()
            .SaveAsync(board.Presenter, board.Id, board.Item(2).Id, DecisionInput.Empty with { Rebiopsy = true }, null, final: false);
        Assert.True(decided.Succeeded, decided.Message);

        var removed = await Agenda.RemoveCaseAsync(board.Presenter, board.Id, board.Item(0).Id);
        var refused = await Agenda.RemoveCaseAsync(board.Presenter, board.Id, board.Item(2).Id);

        Assert.True(removed.Succeeded, removed.Message);
        Assert.Equal(LifecycleOutcome.Invalid, refused.Outcome);
        var meeting = await app.ReadMeetingAsync(board.Id);
        Assert.Equal([2, 3], meeting.Items.Select(i => i.CaseNumber));
        Assert.Equal([0, 1], meeting.Items.Select(i => i.Position));
    }

    [Fact]
    public async Task Add_TheSameVersionTwice_IsRefused_AndANewCaseGetsTheNextNumber()
    {
        var board = await app.MeetingAsync(demoCases: [0]);

        var twice = await Agenda.AddCaseAsync(board.Presenter, board.Id, board.Cases[0].CaseId, "");
        var another = await Agenda.AddCaseAsync(board.Presenter, board.Id, (await app.StoreCaseAsync(4)).CaseId, "Adjuvant?");

        Assert.Equal(LifecycleOutcome.Invalid, twice.Outcome);
        Assert.Equal("Added as case 2.", another.Message);
        Assert.Equal("Adjuvant?", (await app.ReadMeetingAsync(board.Id)).Item(another.Id!.Value)!.Question);
    }

    [Fact]
    public async Task DeIdentifiedMeeting_GivesItsScreensInitialsOnly()
    {
        var board = await app.MeetingAsync(deIdentified: true, demoCases: [0]);
        var patient = await app.PatientAsync(board.Cases[0].CaseId);

        var identity = board.Item(0).Identity;

        Assert.Equal($"{patient.GivenName[0]}.{patient.FamilyName[0]}.", identity.Initials);
        Assert.Null(identity.Name);
        Assert.Null(identity.Mrn);
        Assert.Null(identity.BirthDate);
        Assert.Null(identity.SampleId);
        Assert.Equal($"Case 1 · {identity.Initials}", board.Item(0).Label);
    }

    [Fact]
    public async Task Join_RecordsAttendance_EvenWithoutAnInvitation()
    {
        var board = await app.MeetingAsync(demoCases: [0]);
        var guest = await app.CreateUserAsync(Roles.Pathologist);

        await scope.ServiceProvider.GetRequiredService<BoardAttendance>().JoinAsync(guest, board.Id);

        var attendee = Assert.Single((await app.ReadMeetingAsync(board.Id)).Attendees, a => a.UserId == guest.UserId);
        Assert.False(attendee.Invited);
        Assert.NotNull(attendee.FirstJoinedAt);
        Assert.Equal(Roles.Pathologist, attendee.Role);
    }

    [Fact]
    public async Task Update_WithAStaleRevision_IsAConflict()
    {
        var board = await app.MeetingAsync(demoCases: [0]);
        var meetings = scope.ServiceProvider.GetRequiredService<BoardMeetings>();
        var input = new MeetingInput("Renamed", board.Meeting.ScheduledAt, 60, "", board.Presenter.UserId, true, []);
        Assert.True((await meetings.UpdateAsync(board.Presenter, board.Id, board.Meeting.Revision, input)).Succeeded);

        var stale = await meetings.UpdateAsync(board.Presenter, board.Id, board.Meeting.Revision, input with { BoardName = "Other" });

        Assert.Equal(LifecycleOutcome.Conflict, stale.Outcome);
        var meeting = await app.ReadMeetingAsync(board.Id);
        Assert.Equal("Renamed", meeting.BoardName);
        Assert.True(meeting.DeIdentified);
    }

    private Task<OmicsDbContext> Db() => app.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>().CreateDbContextAsync();

    public void Dispose() => scope.Dispose();
}
