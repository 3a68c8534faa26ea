using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Data;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Demo;
using OmicsReports.Data.Identity;
using OmicsReports.Data.Reports;
using OmicsReports.Testing;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Reports;

/// <summary>The report PDF over real HTTP, printed by real Chromium, read back with pdftotext; and /health.</summary>
[Collection(WebCollection.Name)]
public sealed class ReportPdfEndpointTests(OmicsWebFactory app)
{
    private const string Anonymous = "anonymous";

    [Fact]
    public async Task ReportPdf_AsOncologist_IsTheDraftNamedForTheVersion_AndAudited()
    {
        var mrn = $"MRN-{Guid.NewGuid():N}"[..12];
        var stored = await app.StoreCaseAsync(mrn: mrn);
        using var client = await SignedInAsync(Roles.Oncologist);

        var response = await client.Http.GetAsync(PdfPath(stored.CaseId, 1));

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var reportId = "R-" + stored.CaseId.ToString("N")[..8].ToUpperInvariant();
        Assert.Equal($"{mrn}_{stored.SampleId}_{reportId}_v1.pdf", FileName(response));
        var text = await PdfText.OfBytesAsync(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains($"Sample {stored.SampleId}", text, StringComparison.Ordinal);
        Assert.Contains($"Report {reportId} v1", text, StringComparison.Ordinal);
        Assert.Contains("DRAFT — NOT FOR CLINICAL USE", text, StringComparison.Ordinal);
        await using var db = await Contexts.CreateDbContextAsync();
        var entry = await db.AuditEntries.AsNoTracking()
            .SingleAsync(e => e.Action == AuditActions.Export && e.TargetId == stored.VersionId.ToString());
        Assert.Equal(DemoOptions.EmailFor(Roles.Oncologist), entry.UserName);
        Assert.Equal(AuditTargets.ReportVersion, entry.TargetType);
        Assert.Equal("version 1 report PDF downloaded (draft)", entry.Detail);
    }

    [Fact]
    public async Task ReportPdf_OfASignedVersion_CarriesTheSignatureAndNoDraftMark()
    {
        var caseId = await DemoCaseAsync("DEMO-S1-MEL");
        await using var db = await Contexts.CreateDbContextAsync();
        var signer = await db.ReportVersions.Where(v => v.CaseId == caseId && v.Version == 1).Select(v => v.SignedByName).SingleAsync();
        using var client = await SignedInAsync(Roles.Pathologist);

        var text = await PdfText.OfBytesAsync(await client.Http.GetByteArrayAsync(PdfPath(caseId, 1)));

        Assert.False(string.IsNullOrEmpty(signer));
        Assert.Contains(signer, text, StringComparison.Ordinal);
        Assert.Contains("DEMO-S1-MEL", text, StringComparison.Ordinal);
        Assert.DoesNotContain("DRAFT", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportPdf_WithAnImplicationHidden_PrintsItApartWithThePathologistsReason()
    {
        const string reason = "Combination preferred at this centre";
        var pathologist = await app.CreateUserAsync(Roles.Pathologist);
        var stored = await app.StoreCaseAsync();
        await using (var scope = app.Services.CreateAsyncScope())
        await using (var db = await Contexts.CreateDbContextAsync())
        {
            var revision = (await db.ReportVersions.SingleAsync(v => v.Id == stored.VersionId)).Revision;
            var hidden = await scope.ServiceProvider.GetRequiredService<ReportReview>().SetHiddenAsync(pathologist, stored.VersionId, revision, 0, hide: true, reason);
            Assert.True(hidden.Succeeded, hidden.Message);
        }

        using var client = await SignedInAsync(Roles.Oncologist);
        var text = await PdfText.OfBytesAsync(await client.Http.GetByteArrayAsync(PdfPath(stored.CaseId, 1)));

        // As on screen: page 1 sets it apart under its own heading; the details section marks it too.
        Assert.Contains("Hidden by the pathologist (1)", text, StringComparison.Ordinal);
        Assert.Equal(2, text.Split($"Hidden by the pathologist: {reason}").Length - 1);
    }

    [Fact]
    public async Task ReportPdf_OfAnUnknownVersion_IsNotFound_AndNotAudited()
    {
        var stored = await app.StoreCaseAsync();
        using var client = await SignedInAsync(Roles.Oncologist);

        var response = await client.Http.GetAsync(PdfPath(stored.CaseId, 7));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotEqual("application/pdf", response.Content.Headers.ContentType?.MediaType);
        await using var db = await Contexts.CreateDbContextAsync();
        Assert.False(await db.AuditEntries.AnyAsync(e => e.Action == AuditActions.Export && e.TargetId == stored.VersionId.ToString()));
    }

    [Fact]
    public async Task ReportPdf_WhenChromiumIsMissing_Is503WithThePlainMessage_AndNotAudited()
    {
        var stored = await app.StoreCaseAsync();
        // A second server over the same database, configured as a machine without Chromium.
        await using var broken = app.WithWebHostBuilder(b => b.UseSetting("Omics:Pdf:ChromiumPath", "/nonexistent/chromium"));
        broken.UseKestrel(0);
        broken.StartServer();
        using var client = new SignInClient(new Uri(broken.ClientOptions.BaseAddress.GetLeftPart(UriPartial.Authority)));
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(DemoOptions.EmailFor(Roles.Oncologist), OmicsWebFactory.DemoPassword)).StatusCode);

        var response = await client.Http.GetAsync(PdfPath(stored.CaseId, 1));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(503, problem.RootElement.GetProperty("status").GetInt32());
        Assert.StartsWith("PDF export is unavailable: Chromium was not found at /nonexistent/chromium. Install it with: apt-get install chromium",
            problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain(stored.SampleId, body, StringComparison.Ordinal);
        await using var db = await Contexts.CreateDbContextAsync();
        Assert.False(await db.AuditEntries.AnyAsync(e => e.Action == AuditActions.Export && e.TargetId == stored.VersionId.ToString()));
    }

    [Theory]
    [InlineData(Anonymous, HttpStatusCode.Unauthorized)]
    [InlineData(Roles.Curator, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Admin, HttpStatusCode.Forbidden)]
    public async Task ReportPdf_WithoutViewPatients_IsRefusedWithoutAPdf(string role, HttpStatusCode status)
    {
        var stored = await app.StoreCaseAsync();
        using var client = await SignedInAsync(role);

        var response = await client.Http.GetAsync(PdfPath(stored.CaseId, 1));

        // An endpoint answers a refusal with problem JSON, never with the HTML sign-in page.
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("%PDF", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = await Contexts.CreateDbContextAsync();
        Assert.False(await db.AuditEntries.AnyAsync(e => e.Action == AuditActions.Export && e.TargetId == stored.VersionId.ToString()));
    }

    [Fact]
    public async Task ReportPage_Toolbar_LinksTheVersionsPdfForDownload()
    {
        var stored = await app.StoreCaseAsync();
        using var client = await SignedInAsync(Roles.Oncologist);

        var page = WebUtility.HtmlDecode(await client.Http.GetStringAsync($"/patients/{stored.CaseId}/reports/1"));

        var link = System.Text.RegularExpressions.Regex.Match(page, "<a id=\"report-export-pdf\"[^>]*>Export PDF</a>");
        Assert.True(link.Success, "The toolbar has no Export PDF link.");
        Assert.Contains($"href=\"{PdfPath(stored.CaseId, 1)}\"", link.Value, StringComparison.Ordinal);
        Assert.Contains(" download", link.Value, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Export PDF of version 1\"", link.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_AsAdmin_ListsThePdfCheckWithStatusAndDescription()
    {
        using var client = await SignedInAsync(Roles.Admin);

        var response = await client.Http.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var pdf = health.RootElement.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "pdf");
        Assert.Contains(pdf.GetProperty("status").GetString(), new[] { "Healthy", "Degraded" });
        Assert.Contains("Chromium", pdf.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(health.RootElement.GetProperty("status").GetString(), pdf.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData(Anonymous, HttpStatusCode.Unauthorized)]
    [InlineData(Roles.Oncologist, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Curator, HttpStatusCode.Forbidden)]
    public async Task Health_ForAnyoneButAdmins_IsRefused(string role, HttpStatusCode status)
    {
        using var client = await SignedInAsync(role);

        var response = await client.Http.GetAsync("/health");

        Assert.Equal(status, response.StatusCode);
        Assert.DoesNotContain("Chromium", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string PdfPath(Guid caseId, int version) => $"/api/cases/{caseId}/reports/{version}/report.pdf";

    private static string? FileName(HttpResponseMessage response) =>
        response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName;

    private IDbContextFactory<OmicsDbContext> Contexts => app.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>();

    private async Task<Guid> DemoCaseAsync(string sampleId)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await db.Cases.Where(c => c.SampleId == sampleId).Select(c => c.Id).SingleAsync();
    }

    private async Task<SignInClient> SignedInAsync(string role)
    {
        var client = new SignInClient(app.BaseAddress);
        if (role != Anonymous)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(DemoOptions.EmailFor(role), OmicsWebFactory.DemoPassword)).StatusCode);
        }

        return client;
    }
}
