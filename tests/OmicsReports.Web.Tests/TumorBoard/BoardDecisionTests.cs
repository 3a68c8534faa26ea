using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using System.Data.Common;
using OmicsReports.Data;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Boards;
using OmicsReports.Data.Identity;
using OmicsReports.Data.Reports;
using OmicsReports.Web.Tests.Infrastructure;
using OmicsReports.Testing;

namespace OmicsReports.Web.Tests.TumorBoard;

/// <summary>Decision capture on real PostgreSQL: linked to the discussed version, audited, final means final.</summary>
[Collection(WebCollection.Name)]
[Trait(DatabaseMatrix.Trait, DatabaseMatrix.Both)]
public sealed class BoardDecisionTests(OmicsWebFactory app) : IDisposable
{
    /// <summary>The melanoma report lists dabrafenib alone first (the engine's ranking), then dabrafenib + trametinib.</summary>
    internal const int CombinationIndex = 1;

    private readonly IServiceScope scope = app.Services.CreateScope();

    private BoardDecisions Decisions => scope.ServiceProvider.GetRequiredService<BoardDecisions>();

    [Fact]
    public async Task Save_TherapyFromTheReport_CopiesItsTextAndLinksTheDiscussedVersion()
    {
        var board = await app.MeetingAsync(demoCases: [0]);
        var item = board.Item(0);

        var result = await Decisions.SaveAsync(board.Presenter, board.Id, item.Id,
            DecisionInput.Empty with { ImplicationIndex = CombinationIndex, GeneticCounsellingReferral = true, Rationale = "Tier IA here." }, null, final: false);

        Assert.True(result.Succeeded, result.Message);
        var decision = (await app.ReadMeetingAsync(board.Id)).Item(item.Id)!.Decision!;
        Assert.Equal(item.ReportVersionId, decision.ReportVersionId);
        Assert.Equal(1, decision.ReportVersion);
        Assert.Equal("dabrafenib + trametinib", decision.Therapy);
        Assert.Equal("BRAF V600E or V600K: BRAF V600E", decision.TherapyBiomarker);
        Assert.Equal("IA", decision.TherapyTier);
        Assert.Equal(BoardDecisionState.Preliminary, decision.State);
        Assert.Equal(["Recommended therapy: dabrafenib + trametinib (BRAF V600E or V600K: BRAF V600E, tier IA)", "Refer for genetic counselling"], decision.Actions);
        Assert.Equal("Dr. Oncologist Test", decision.RecordedByName);
    }

    [Fact]
    public async Task Save_PreliminaryThenFinal_IsAuditedEachTime_AndShownForTheCase()
    {
        var board = await app.MeetingAsync(demoCases: [1]);
        var item = board.Item(0);
        var pathologist = await app.CreateUserAsync(Roles.Pathologist);

        var first = await Decisions.SaveAsync(board.Presenter, board.Id, item.Id, DecisionInput.Empty with { Rebiopsy = true }, null, final: false);
        var final = await Decisions.SaveAsync(pathologist, board.Id, item.Id,
            DecisionInput.Empty with { Rebiopsy = true, AdditionalTesting = "RNA fusion panel", Rationale = "Tissue exhausted." }, first.Revision, final: true);

        Assert.True(final.Succeeded, final.Message);
        await using var db = await Db();
        var audit = await db.AuditEntries.AsNoTracking()
            .Where(e => e.TargetType == AuditTargets.ReportVersion && e.TargetId == item.ReportVersionId.ToString() &&
                        (e.Action == AuditActions.BoardDecision || e.Action == AuditActions.BoardDecisionFinal))
            .OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([AuditActions.BoardDecision, AuditActions.BoardDecisionFinal], audit.Select(e => e.Action));
        Assert.Equal([board.Presenter.UserName, pathologist.UserName], audit.Select(e => e.UserName));
        Assert.Contains("additional testing", audit[1].Detail, StringComparison.Ordinal);
        var shown = (await Decisions.ForCaseAsync(TestActors.For(Roles.Oncologist), item.CaseId)).Value!;
        var entry = Assert.Single(shown);
        Assert.Equal(BoardDecisionState.Final, entry.Decision.State);
        Assert.Equal("Dr. Pathologist Test", entry.Decision.FinalizedByName);
        Assert.Equal("Dr. Oncologist Test", entry.Decision.RecordedByName);
        Assert.Equal(item.CaseNumber, entry.CaseNumber);
    }

    [Fact]
    public async Task FinalDecision_IsRefusedByTheServiceAndByTheDatabase()
    {
        var board = await app.MeetingAsync(demoCases: [0]);
        var item = board.Item(0);
        var saved = await Decisions.SaveAsync(board.Presenter, board.Id, item.Id, DecisionInput.Empty with { Rebiopsy = true, Rationale = "Agreed." }, null, final: true);

        var again = await Decisions.SaveAsync(board.Presenter, board.Id, item.Id, DecisionInput.Empty with { GeneticCounsellingReferral = true }, saved.Revision, final: false);

        Assert.Equal(LifecycleOutcome.Invalid, again.Outcome);
        await using var db = await Db();
        var update = await Assert.ThrowsAnyAsync<DbException>(() =>
            db.Database.ExecuteSqlInterpolatedAsync($"UPDATE board_decisions SET \"Rationale\" = 'changed' WHERE \"Id\" = {saved.Id}"));
        Assert.Contains("final and immutable", update.Message, StringComparison.Ordinal);
        // As the owner: on PostgreSQL the app's role may not delete at all (PostgreSqlPrivilegeTests), the trigger stops the owner.
        var delete = await Assert.ThrowsAnyAsync<DbException>(() =>
            app.Database.ExecuteAsync($"DELETE FROM board_decisions WHERE \"Id\" = {app.Database.Literal(saved.Id!.Value)}", asOwner: true));
        Assert.Contains("cannot be deleted", delete.Message, StringComparison.Ordinal);
        Assert.Equal("Agreed.", (await db.BoardDecisions.AsNoTracking().SingleAsync(d => d.Id == saved.Id)).Rationale);
    }

    [Fact]
    public async Task Save_WithAStaleRevision_IsAConflict_AndKeepsTheOtherSave()
    {
        var board = await app.MeetingAsync(demoCases: [0]);
        var item = board.Item(0);
        var first = await Decisions.SaveAsync(board.Presenter, board.Id, item.Id, DecisionInput.Empty with { Rebiopsy = true }, null, final: false);
        await Decisions.SaveAsync(board.Presenter, board.Id, item.Id, DecisionInput.Empty with { FreeTextRecommendation = "Second opinion" }, first.Revision, final: false);

        var stale = await Decisions.SaveAsync(board.Presenter, board.Id, item.Id, DecisionInput.Empty with { Rebiopsy = true }, first.Revision, final: false);
        var blind = await Decisions.SaveAsync(board.Presenter, board.Id, item.Id, DecisionInput.Empty with { Rebiopsy = true }, null, final: false);

        Assert.Equal(LifecycleOutcome.Conflict, stale.Outcome);
        Assert.Equal(LifecycleOutcome.Conflict, blind.Outcome);
        Assert.Equal("Second opinion", (await app.ReadMeetingAsync(board.Id)).Item(item.Id)!.Decision!.FreeTextRecommendation);
    }

    public static TheoryData<string, DecisionInput, bool> InvalidInputs() => new()
    {
        { "nothing decided", DecisionInput.Empty with { Rationale = "Why" }, false },
        { "final without rationale", DecisionInput.Empty with { Rebiopsy = true }, true },
        { "therapy index outside the report", DecisionInput.Empty with { ImplicationIndex = 42 }, false },
        { "negative therapy index", DecisionInput.Empty with { ImplicationIndex = -1 }, false },
        { "rationale too long", DecisionInput.Empty with { Rebiopsy = true, Rationale = new string('x', BoardLimits.Text + 1) }, false },
    };

    [Theory]
    [MemberData(nameof(InvalidInputs))]
    public async Task Save_InvalidInput_IsRefusedWithAReason_AndStoresNothing(string why, DecisionInput input, bool final)
    {
        var board = await app.MeetingAsync(demoCases: [0]);

        var result = await Decisions.SaveAsync(board.Presenter, board.Id, board.Item(0).Id, input, null, final);

        Assert.True(result.Outcome == LifecycleOutcome.Invalid, why);
        Assert.False(string.IsNullOrWhiteSpace(result.Message));
        await using var db = await Db();
        Assert.False(await db.BoardDecisions.AnyAsync(d => d.MeetingId == board.Id));
    }

    private Task<OmicsDbContext> Db() => app.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>().CreateDbContextAsync();

    public void Dispose() => scope.Dispose();
}
