using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Data;
using OmicsReports.Data.Demo;
using OmicsReports.Data.Reports;
using OmicsReports.Web.Tests.Infrastructure;
using OmicsReports.Testing;

namespace OmicsReports.Web.Tests.Reports;

/// <summary>The demo seeding the app ran at start-up in Development, read back from its PostgreSQL database.</summary>
[Collection(WebCollection.Name)]
[Trait(DatabaseMatrix.Trait, DatabaseMatrix.Both)]
public class DemoSeedingTests(OmicsWebFactory app)
{
    [Fact]
    public async Task DemoSeeder_AtStartUp_StoresEveryBundle_WithItsCataloguedSignOut_AndTheShippedKnowledgeBase()
    {
        var manifestVersion = File.ReadLines(Path.Combine(Data.Hosting.OmicsHome.Resolve(), "knowledge", "manifest.yaml"))
            .Single(l => l.StartsWith("version:", StringComparison.Ordinal))["version:".Length..].Trim();
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>().CreateDbContextAsync();

        var cases = await db.Cases.AsNoTracking().Where(c => c.SampleId.StartsWith("DEMO-")).ToDictionaryAsync(c => c.SampleId);
        var versions = await db.ReportVersions.AsNoTracking().Where(v => v.Case!.SampleId.StartsWith("DEMO-"))
            .Select(v => new { v.Case!.SampleId, v.Version, v.Status, v.Origin, v.KnowledgeBaseVersion, v.InterpretiveComment, v.AmendmentReason })
            .ToListAsync();

        Assert.Equal(DemoCatalog.All.Select(p => p.SampleId).Order(StringComparer.Ordinal), cases.Keys.Order(StringComparer.Ordinal));
        foreach (var demo in DemoCatalog.All)
        {
            var expected = demo.SignOut switch
            {
                DemoSignOut.Draft => ReportStatus.Draft,
                DemoSignOut.InReview => ReportStatus.InReview,
                DemoSignOut.Signed => ReportStatus.Signed,
                _ => ReportStatus.Amended,
            };
            Assert.Equal((demo.SampleId, expected), (demo.SampleId, cases[demo.SampleId].LatestStatus));
            var first = versions.Single(v => v.SampleId == demo.SampleId && v.Version == 1);
            Assert.Equal((ReportOrigins.Demo, manifestVersion, demo.Comment), (first.Origin, first.KnowledgeBaseVersion, first.InterpretiveComment));
        }

        var amendment = versions.Single(v => v.Version == 2);
        Assert.Equal(("DEMO-S3-LUNG", ReportStatus.Amended), (amendment.SampleId, amendment.Status));
        Assert.Contains("exon 21", amendment.AmendmentReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoSeeder_RunAgain_AddsNothing()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>().CreateDbContextAsync();
        var before = await db.ReportVersions.CountAsync(v => v.Case!.SampleId.StartsWith("DEMO-"));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoCaseSeeder>().SeedAsync(CancellationToken.None);
        }

        Assert.Equal(before, await db.ReportVersions.CountAsync(v => v.Case!.SampleId.StartsWith("DEMO-")));
    }
}
