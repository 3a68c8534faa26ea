using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Data;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Identity;
using OmicsReports.Web.Features.Admin;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Integration;

/// <summary>The audit trail searched by patient and exported as CSV: administrators only, and the export is audited.</summary>
[Collection(WebCollection.Name)]
public class AuditExportTests(OmicsWebFactory app)
{
    [Fact]
    public async Task Search_ByPatientNameOrMrn_FindsOnlyThatPatientsRecords()
    {
        var (caseId, versions) = await DemoRecordsAsync("DEMO-S1-MEL");
        await ViewReportAsync(caseId);
        var log = app.Services.GetRequiredService<AuditLog>();

        foreach (var term in new[] { "lindqvist", "Lindqvist, M", "DEMO-0001" })
        {
            var page = await log.SearchAsync(new AuditQuery(Take: 500, Patient: term));

            Assert.NotEmpty(page.Entries);
            Assert.All(page.Entries, e => Assert.True(versions.Contains(e.TargetId) || e.TargetId == caseId.ToString(), $"{term}: {e.TargetType} {e.TargetId}"));
        }

        Assert.Empty((await log.SearchAsync(new AuditQuery(Patient: "no such patient"))).Entries);
    }

    [Fact]
    public async Task CsvExport_ForAnAdministrator_HoldsTheFilteredEntries_AndIsItselfAudited()
    {
        var (caseId, versions) = await DemoRecordsAsync("DEMO-S1-MEL");
        await ViewReportAsync(caseId);
        using var admin = new SignInClient(app.BaseAddress);
        await admin.SignInAsync(DemoOptions.EmailFor(Roles.Admin), OmicsWebFactory.DemoPassword);

        var response = await admin.Http.GetAsync("/api/admin/audit.csv?patient=lindqvist&action=view");
        var csv = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF');

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("time_utc,user,action,record_type,record_id,from,detail", lines[0]);
        Assert.True(lines.Length > 1, csv);
        Assert.All(lines.Skip(1), line =>
        {
            var fields = line.Split(',');
            Assert.Equal("view", fields[2]);
            Assert.Contains(fields[4], versions);
        });
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>().CreateDbContextAsync();
        var recorded = await db.AuditEntries.Where(e => e.Action == AuditActions.AuditExported).OrderByDescending(e => e.Id).FirstAsync();
        Assert.Equal(DemoOptions.EmailFor(Roles.Admin), recorded.UserName);
        Assert.Contains($"{lines.Length - 1} entries exported as CSV (patient \"lindqvist\", action view)", recorded.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Oncologist)]
    [InlineData(Roles.Pathologist)]
    [InlineData(Roles.Curator)]
    public async Task CsvExport_ForAnyOtherRole_IsRefused_AndHandsOutNothing(string role)
    {
        using var client = new SignInClient(app.BaseAddress);
        await client.SignInAsync(DemoOptions.EmailFor(role), OmicsWebFactory.DemoPassword);

        var response = await client.Http.GetAsync("/api/admin/audit.csv");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("time_utc", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    public void CsvField_IsQuoted_AndNeverRunsAsAFormula(string value, string written) => Assert.Equal(written, AuditCsv.Field(value));

    private async Task<(Guid CaseId, HashSet<string> Versions)> DemoRecordsAsync(string sampleId)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>().CreateDbContextAsync();
        var caseId = await db.Cases.Where(c => c.SampleId == sampleId).Select(c => c.Id).SingleAsync();
        // Ids become text here, as the audit trail writes them: SQLite's own Guid text is upper case.
        var versions = await db.ReportVersions.Where(v => v.CaseId == caseId).Select(v => v.Id).ToListAsync();
        return (caseId, versions.Select(id => id.ToString()).ToHashSet());
    }

    private async Task ViewReportAsync(Guid caseId)
    {
        using var client = new SignInClient(app.BaseAddress);
        await client.SignInAsync(DemoOptions.EmailFor(Roles.Oncologist), OmicsWebFactory.DemoPassword);
        (await client.Http.GetAsync($"/patients/{caseId}/reports/1")).EnsureSuccessStatusCode();
    }
}
