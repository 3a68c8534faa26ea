using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Data;
using OmicsReports.Data.Boards;
using OmicsReports.Data.Identity;
using OmicsReports.Data.Patients;
using OmicsReports.Data.Reports;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.TumorBoard;

/// <summary>A stored meeting with its presenter (a real oncologist account) and the cases on its agenda.</summary>
public sealed record BoardScenario(MeetingView Meeting, Actor Presenter, string PresenterEmail, IReadOnlyList<StoredVersion> Cases)
{
    public Guid Id => Meeting.Id;

    public AgendaItemView Item(int position) => Meeting.Items[position];
}

/// <summary>Sets up meetings through the real services, as an organiser would through the screens.</summary>
public static class BoardScenarios
{
    /// <param name="demoCases">Which demo cases to copy onto the agenda (0 melanoma, 1 colorectal, 2 lung, ...).</param>
    public static async Task<BoardScenario> MeetingAsync(this OmicsWebFactory app, bool deIdentified = false, int[]? demoCases = null, Actor? presenter = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        presenter ??= await app.CreateUserAsync(Roles.Oncologist);
        var stored = new List<StoredVersion>();
        foreach (var demo in demoCases ?? [0, 1, 2])
        {
            stored.Add(await app.StoreCaseAsync(demo));
        }

        var meeting = await app.MeetingOfAsync(presenter, [.. stored.Select(s => s.CaseId)], deIdentified);
        return new BoardScenario(meeting, presenter, presenter.UserName, stored);
    }

    /// <summary>A meeting of cases already stored (the demo patients, for pictures), with "Question on case N" each.</summary>
    public static async Task<MeetingView> MeetingOfAsync(this OmicsWebFactory app, Actor presenter, IReadOnlyList<Guid> caseIds, bool deIdentified = false)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(presenter);
        ArgumentNullException.ThrowIfNull(caseIds);
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var input = new MeetingInput("Molecular tumour board", DateTimeOffset.UtcNow.AddMinutes(-5), 120, "Room 4", presenter.UserId, deIdentified, []);
        var created = await services.GetRequiredService<BoardMeetings>().CreateAsync(presenter, input);
        Assert.True(created.Succeeded, created.Message);
        for (var i = 0; i < caseIds.Count; i++)
        {
            var added = await services.GetRequiredService<BoardAgenda>().AddCaseAsync(presenter, created.Id!.Value, caseIds[i], $"Question on case {i + 1}");
            Assert.True(added.Succeeded, added.Message);
        }

        return await app.ReadMeetingAsync(created.Id!.Value);
    }

    public static async Task<MeetingView> ReadMeetingAsync(this OmicsWebFactory app, Guid meetingId)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var scope = app.Services.CreateScope();
        var read = await scope.ServiceProvider.GetRequiredService<BoardMeetings>().GetAsync(TestActors.For(Roles.Pathologist), meetingId);
        return read.Value ?? throw new InvalidOperationException($"Meeting {meetingId} is missing.");
    }

    /// <summary>The stored patient of a case: the identifiers a de-identified meeting must never show.</summary>
    public static async Task<PatientRecord> PatientAsync(this OmicsWebFactory app, Guid caseId)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>().CreateDbContextAsync();
        return await db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => c.Patient!).SingleAsync();
    }
}
