using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Data;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Demo;
using OmicsReports.Data.Identity;
using OmicsReports.Data.Pipeline;
using OmicsReports.Data.Reports;
using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Knowledge;
using OmicsReports.Web.Tests.Infrastructure;
using OmicsReports.Testing;

namespace OmicsReports.Web.Tests.Integration;

/// <summary>Import stores all or nothing; views, exports and imports leave audit entries with who, what and where from.</summary>
[Collection(WebCollection.Name)]
[Trait(DatabaseMatrix.Trait, DatabaseMatrix.Both)]
public sealed class ImportAndAuditTests(OmicsWebFactory app) : IDisposable
{
    private readonly IServiceScope scope = app.Services.CreateScope();

    [Fact]
    public async Task Import_OfValidCases_StoresDraftsAndAuditsEach()
    {
        var pathologist = await app.CreateUserAsync(Roles.Pathologist);
        var (name, bytes, sample) = Bundles.Lung();

        var outcome = await Importer.ImportAsync(pathologist, [new UploadedFile(name, bytes)], null);

        Assert.True(outcome.Stored, string.Join("; ", outcome.Problems));
        var imported = Assert.Single(outcome.Cases);
        Assert.Equal(sample, imported.Stored.SampleId);
        Assert.Equal(1, imported.Stored.Version);
        await using var db = await Contexts.CreateDbContextAsync();
        var version = await db.ReportVersions.SingleAsync(v => v.Id == imported.Stored.VersionId);
        Assert.Equal(ReportStatus.Draft, version.Status);
        // The shipped knowledge base evaluated the case: its manifest version and digest are stamped on the version.
        var shipped = scope.ServiceProvider.GetRequiredService<LoadedKnowledge>().KnowledgeBase.Stamp;
        Assert.Equal((shipped.Version, shipped.Sha256), (version.KnowledgeBaseVersion, version.KnowledgeBaseSha256));
        var entry = await db.AuditEntries.SingleAsync(e => e.Action == AuditActions.Import && e.TargetId == version.Id.ToString());
        Assert.Equal(pathologist.UserName, entry.UserName);
        Assert.Equal("127.0.0.1", entry.RemoteAddress);
    }

    [Fact]
    public async Task Import_WithOneBadFile_StoresNothing_AndLocatesTheError()
    {
        var pathologist = await app.CreateUserAsync(Roles.Pathologist);
        var (name, bytes, sample) = Bundles.Lung();
        var broken = Bundles.Broken();

        var outcome = await Importer.ImportAsync(pathologist, [new UploadedFile(name, bytes), new UploadedFile(broken.Name, broken.Bytes)], null);

        Assert.False(outcome.Stored);
        var error = Assert.Single(outcome.Errors);
        Assert.Equal(broken.Name, error.File);
        Assert.Equal(3, error.Line);
        Assert.NotNull(error.Column);
        await using var db = await Contexts.CreateDbContextAsync();
        Assert.False(await db.Cases.AnyAsync(c => c.SampleId == sample));
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == AuditActions.ImportRefused && e.UserName == pathologist.UserName));
    }

    [Fact]
    public async Task Import_WhenTheEngineIsMissing_StoresNothingAndSaysWhy()
    {
        var pathologist = await app.CreateUserAsync(Roles.Pathologist);
        var (name, bytes, sample) = Bundles.Lung();
        var service = new CaseImportService(scope.ServiceProvider.GetRequiredService<ICaseImporter>(), new EngineUnavailable(), scope.ServiceProvider.GetRequiredService<ReportStore>(),
            scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Authorization.IAuthorizationService>(), scope.ServiceProvider.GetRequiredService<AuditTrail>());

        var outcome = await service.ImportAsync(pathologist, [new UploadedFile(name, bytes)], null);

        Assert.False(outcome.Stored);
        Assert.Equal("engine-unavailable", Assert.Single(outcome.Errors).Code);
        await using var db = await Contexts.CreateDbContextAsync();
        Assert.False(await db.Cases.AnyAsync(c => c.SampleId == sample));
    }

    [Fact]
    public async Task ReportView_OverHttp_IsAuditedOnceWithTheUserAndAddress()
    {
        var stored = await app.StoreCaseAsync();
        using var client = new SignInClient(app.BaseAddress);
        await client.SignInAsync(DemoOptions.EmailFor(Roles.Oncologist), OmicsWebFactory.DemoPassword);

        var page = await client.Http.GetAsync($"/patients/{stored.CaseId}/reports/1");

        Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
        await using var db = await Contexts.CreateDbContextAsync();
        var entry = await db.AuditEntries.SingleAsync(e => e.Action == AuditActions.View && e.TargetId == stored.VersionId.ToString());
        Assert.Equal(DemoOptions.EmailFor(Roles.Oncologist), entry.UserName);
        Assert.Equal("127.0.0.1", entry.RemoteAddress);
        Assert.Equal(AuditTargets.ReportVersion, entry.TargetType);
        Assert.DoesNotContain("Test", entry.Detail, StringComparison.Ordinal); // the detail never names the patient
    }

    [Fact]
    public async Task ReportExport_OverHttp_ReturnsTheStoredReportAndIsAudited()
    {
        var stored = await app.StoreCaseAsync();
        using var client = new SignInClient(app.BaseAddress);
        await client.SignInAsync(DemoOptions.EmailFor(Roles.Pathologist), OmicsWebFactory.DemoPassword);

        var response = await client.Http.GetAsync($"/api/cases/{stored.CaseId}/reports/1/report.json");

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{stored.SampleId}-v1-report.json", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var report = ReportSnapshots.ReadReport(await response.Content.ReadAsStringAsync());
        Assert.Equal((await DemoBundles.ForAsync("DEMO-S1-MEL")).Evaluated.Report.Implications.Count, report.Implications.Count);
        await using var db = await Contexts.CreateDbContextAsync();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == AuditActions.Export && e.TargetId == stored.VersionId.ToString()));
    }

    [Fact]
    public async Task UnreadableSnapshot_ShowsTheErrorState_NotAPartialReport()
    {
        var stored = await app.StoreCaseAsync();
        await using (var db = await Contexts.CreateDbContextAsync())
        {
            // A version written by some other build: valid JSON, but not a report this build can read.
            db.ReportVersions.Add(new ReportVersionRecord
            {
                Id = Guid.NewGuid(), CaseId = stored.CaseId, Version = 2, Status = ReportStatus.Draft, CaseJson = "{\"patient\":1}", ReportJson = "[]",
                CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow, Revision = Guid.NewGuid(),
            });
            await db.SaveChangesAsync();
        }

        using var client = new SignInClient(app.BaseAddress);
        await client.SignInAsync(DemoOptions.EmailFor(Roles.Oncologist), OmicsWebFactory.DemoPassword);
        var response = await client.Http.GetAsync($"/patients/{stored.CaseId}/reports/2");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("This report cannot be shown", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Key findings", body, StringComparison.Ordinal);
    }

    private CaseImportService Importer => scope.ServiceProvider.GetRequiredService<CaseImportService>();

    private IDbContextFactory<OmicsDbContext> Contexts => app.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>();

    public void Dispose() => scope.Dispose();

    private sealed class EngineUnavailable : IReportEngine
    {
        public Domain.Reports.KnowledgeBaseStamp? KnowledgeBase => null;

        public Domain.Reports.OmicsReport Evaluate(OmicsCase omicsCase) => throw new ReportEngineUnavailableException("No rules engine in this build.");
    }
}
