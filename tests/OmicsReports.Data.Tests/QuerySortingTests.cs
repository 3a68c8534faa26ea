using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Cases;
using OmicsReports.Data.Reports;
using OmicsReports.Testing;

namespace OmicsReports.Data.Tests;

/// <summary>
/// The worklist and the audit page sort and filter by time in the database, on both providers. The times are given in
/// different offsets on purpose: sorting by the written clock time instead of the instant would order them wrongly.
/// </summary>
[Trait(DatabaseMatrix.Trait, DatabaseMatrix.Both)]
public sealed class QuerySortingTests(DataHost data) : IClassFixture<DataHost>
{
    private static readonly DateTimeOffset First = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);            // 10:00Z
    private static readonly DateTimeOffset Second = new(2026, 3, 1, 12, 30, 0, TimeSpan.FromHours(2));   // 10:30Z
    private static readonly DateTimeOffset Third = new(2026, 3, 1, 10, 15, 0, TimeSpan.FromHours(-1));   // 11:15Z

    [Fact]
    public async Task Worklist_SortedByUpdated_FollowsTheInstant_NotTheWrittenClockTime()
    {
        var term = Unique();
        await data.AddCaseAsync($"{term}c", ReportStatus.Draft, Third);
        await data.AddCaseAsync($"{term}a", ReportStatus.Draft, First.AddTicks(7)); // below a microsecond: dropped
        await data.AddCaseAsync($"{term}b", ReportStatus.Draft, Second);
        var worklist = data.Services.GetRequiredService<CaseWorklist>();

        var oldestFirst = await worklist.SearchAsync(new WorklistQuery(Search: term, SortBy: WorklistSort.Updated, Descending: false));
        var newestFirst = await worklist.SearchAsync(new WorklistQuery(Search: term, SortBy: WorklistSort.Updated, Descending: true));

        Assert.Equal([$"{term}a", $"{term}b", $"{term}c"], oldestFirst.Rows.Select(r => r.FamilyName));
        Assert.Equal([$"{term}c", $"{term}b", $"{term}a"], newestFirst.Rows.Select(r => r.FamilyName));
        Assert.Equal([First, Second, Third], oldestFirst.Rows.Select(r => r.UpdatedAt));
        Assert.All(oldestFirst.Rows, r => Assert.Equal(TimeSpan.Zero, r.UpdatedAt.Offset));
    }

    [Fact]
    public async Task Worklist_FilteredByStatus_AndSortedByStatusThenTime()
    {
        var term = Unique();
        await data.AddCaseAsync($"{term}1", ReportStatus.Signed, First);
        await data.AddCaseAsync($"{term}2", ReportStatus.Draft, Second);
        await data.AddCaseAsync($"{term}3", ReportStatus.Signed, Third);
        var worklist = data.Services.GetRequiredService<CaseWorklist>();

        var signed = await worklist.SearchAsync(new WorklistQuery(Search: term, Statuses: [ReportStatus.Signed], SortBy: WorklistSort.Status));

        Assert.Equal(2, signed.Total);
        Assert.Equal([$"{term}3", $"{term}1"], signed.Rows.Select(r => r.FamilyName));
    }

    [Fact]
    public async Task Worklist_SortedByBirthDate()
    {
        var term = Unique();
        await data.AddCaseAsync($"{term}y", ReportStatus.Draft, First, new DateOnly(1990, 5, 1));
        await data.AddCaseAsync($"{term}x", ReportStatus.Draft, First, new DateOnly(1950, 12, 31));

        var rows = (await data.Services.GetRequiredService<CaseWorklist>()
            .SearchAsync(new WorklistQuery(Search: term, SortBy: WorklistSort.BirthDate, Descending: false))).Rows;

        Assert.Equal([new DateOnly(1950, 12, 31), new DateOnly(1990, 5, 1)], rows.Select(r => r.BirthDate!.Value));
    }

    [Fact]
    public async Task AuditLog_FilteredByTimeRange_InAnyOffset_NewestFirst()
    {
        var target = Unique();
        var trail = data.Services.GetRequiredService<AuditTrail>();
        var a = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var b = new DateTimeOffset(2026, 1, 2, 1, 0, 0, TimeSpan.FromHours(2)); // 2026-01-01 23:00Z
        var c = new DateTimeOffset(2026, 1, 3, 0, 0, 0, TimeSpan.Zero);
        foreach (var (at, detail) in new[] { (c, "c"), (a, "a"), (b, "b") })
        {
            await trail.AppendAsync(new AuditEntry { At = at, Action = AuditActions.View, TargetType = "Test", TargetId = target, Detail = detail });
        }

        var log = data.Services.GetRequiredService<AuditLog>();
        var fromNoon = await log.SearchAsync(new AuditQuery(TargetId: target, From: new DateTimeOffset(2026, 1, 1, 14, 0, 0, TimeSpan.FromHours(2))));
        var beforeB = await log.SearchAsync(new AuditQuery(TargetId: target, To: new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.FromHours(1))));
        var all = await log.SearchAsync(new AuditQuery(TargetId: target));

        Assert.Equal(["c", "b"], fromNoon.Entries.Select(e => e.Detail));
        Assert.Equal(["a"], beforeB.Entries.Select(e => e.Detail));
        Assert.Equal(["c", "b", "a"], all.Entries.Select(e => e.Detail));
        Assert.Equal(b, all.Entries[1].At);
    }

    [Fact]
    public async Task AuditLog_ForACase_FindsTheEntriesOfItsVersions()
    {
        var record = await data.AddCaseAsync(Unique(), ReportStatus.Draft, First);
        var versionId = Guid.NewGuid();
        await using (var db = await data.ContextAsync())
        {
            db.ReportVersions.Add(new ReportVersionRecord
            {
                Id = versionId, CaseId = record.Id, Version = 1, Status = ReportStatus.Draft, CaseJson = "{}", ReportJson = "{}",
                CreatedAt = First, UpdatedAt = First, Revision = Guid.NewGuid(),
            });
            await db.SaveChangesAsync();
        }

        await data.Services.GetRequiredService<AuditTrail>().RecordAsync(
            AuditActions.Sign, null, AuditTargets.ReportVersion, versionId.ToString(), "127.0.0.1", "version 1 signed");

        var entries = await data.Services.GetRequiredService<AuditLog>().ForCaseAsync(record.Id);

        Assert.Equal("version 1 signed", Assert.Single(entries).Detail);
    }

    [Fact]
    public async Task StoredTimes_ReadBackAsTheSameInstant()
    {
        var at = new DateTimeOffset(2026, 7, 4, 23, 59, 59, TimeSpan.FromHours(-7)).AddTicks(1234560);
        var record = await data.AddCaseAsync(Unique(), ReportStatus.Draft, at);

        await using var db = await data.ContextAsync();
        var read = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == record.Id);

        Assert.Equal(at, read.UpdatedAt);
        Assert.Equal(1, await db.Cases.CountAsync(c => c.Id == record.Id && c.UpdatedAt >= at && c.UpdatedAt <= at));
    }

    private static string Unique() => $"Q{Guid.NewGuid():N}"[..12];
}
