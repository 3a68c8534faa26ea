using System.Net;
using System.Text;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OmicsReports.Data;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Demo;
using OmicsReports.Data.Identity;
using OmicsReports.Reporting.Hl7v2;
using OmicsReports.Testing;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Reports;

/// <summary>
/// The FHIR and HL7 v2 downloads over real HTTP: the same roles as the PDF, audited, never cached; a signed version
/// carries the PDF that real Chromium printed for it.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ReportInteropEndpointTests(OmicsWebFactory app)
{
    private const string Anonymous = "anonymous";

    private static readonly JsonSerializerOptions Fhir = new JsonSerializerOptions().ForFhir(Hl7.Fhir.Model.ModelInfo.ModelInspector);

    [Fact]
    public async System.Threading.Tasks.Task FhirOfADraft_AsOncologist_IsAPreliminaryBundleWithoutPdf_NotCached_AndAudited()
    {
        var stored = await app.StoreCaseAsync();
        using var client = await SignedInAsync(Roles.Oncologist);

        var response = await client.Http.GetAsync(Path(stored.CaseId, 1, "report.fhir.json"));

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoStore, "Cache-Control: no-store");
        Assert.Equal($"{stored.SampleId}-v1-report.fhir.json", FileName(response));
        var bundle = JsonSerializer.Deserialize<Bundle>(await response.Content.ReadAsStringAsync(), Fhir)!;
        var report = bundle.Entry.Select(e => e.Resource).OfType<DiagnosticReport>().Single();
        Assert.Equal(DiagnosticReport.DiagnosticReportStatus.Preliminary, report.Status);
        Assert.Empty(report.PresentedForm);
        Assert.Equal(stored.SampleId, bundle.Entry.Select(e => e.Resource).OfType<Specimen>().Single().Identifier.Single().Value);
        Assert.Equal("version 1 report FHIR downloaded (draft)", (await ExportAuditAsync(stored.VersionId)).Detail);
    }

    [Fact]
    public async System.Threading.Tasks.Task FhirOfASignedVersion_IsFinal_AndCarriesTheSignedPdf()
    {
        var caseId = await DemoCaseAsync("DEMO-S1-MEL");
        await using var db = await Contexts.CreateDbContextAsync();
        var signer = await db.ReportVersions.Where(v => v.CaseId == caseId && v.Version == 1).Select(v => v.SignedByName).SingleAsync();
        using var client = await SignedInAsync(Roles.Pathologist);

        var bundle = JsonSerializer.Deserialize<Bundle>(await client.Http.GetStringAsync(Path(caseId, 1, "report.fhir.json")), Fhir)!;

        var report = bundle.Entry.Select(e => e.Resource).OfType<DiagnosticReport>().Single();
        Assert.Equal(DiagnosticReport.DiagnosticReportStatus.Final, report.Status);
        var pdf = Assert.Single(report.PresentedForm);
        Assert.Equal("application/pdf", pdf.ContentType);
        var text = await PdfText.OfBytesAsync(pdf.Data ?? []);
        Assert.False(string.IsNullOrEmpty(signer));
        Assert.Contains(signer, text, StringComparison.Ordinal);
        Assert.DoesNotContain("DRAFT", text, StringComparison.Ordinal);
    }

    [Fact]
    public async System.Threading.Tasks.Task Hl7_AsPathologist_IsAnOruR01FromTheConfiguredApplication_NotCached_AndAudited()
    {
        var mrn = $"MRN-{Guid.NewGuid():N}"[..12];
        var stored = await app.StoreCaseAsync(mrn: mrn);
        var settings = app.Services.GetRequiredService<IOptions<Hl7Options>>().Value;
        using var client = await SignedInAsync(Roles.Pathologist);

        var response = await client.Http.GetAsync(Path(stored.CaseId, 1, "report.hl7"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(OruR01Writer.ContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoStore, "Cache-Control: no-store");
        var segments = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).Split('\r', StringSplitOptions.RemoveEmptyEntries);
        var msh = segments[0].Split('|');
        Assert.Equal(("MSH", settings.SendingApplication, settings.SendingFacility, settings.ReceivingApplication, settings.ReceivingFacility, "ORU^R01^ORU_R01"),
            (msh[0], msh[2], msh[3], msh[4], msh[5], msh[8]));
        Assert.StartsWith($"PID|1||{mrn}^^^{settings.SendingFacility}^MR~", segments[1], StringComparison.Ordinal);
        Assert.Equal("version 1 report HL7 v2 downloaded (draft)", (await ExportAuditAsync(stored.VersionId)).Detail);
    }

    public static TheoryData<string, string, HttpStatusCode> Refusals()
    {
        var data = new TheoryData<string, string, HttpStatusCode>();
        foreach (var file in new[] { "report.fhir.json", "report.hl7" })
        {
            data.Add(file, Anonymous, HttpStatusCode.Unauthorized);
            data.Add(file, Roles.Curator, HttpStatusCode.Forbidden);
            data.Add(file, Roles.Admin, HttpStatusCode.Forbidden);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public async System.Threading.Tasks.Task Exports_WithoutViewPatients_AreRefused_AndNotAudited(string file, string role, HttpStatusCode status)
    {
        var stored = await app.StoreCaseAsync();
        using var client = await SignedInAsync(role);

        var response = await client.Http.GetAsync(Path(stored.CaseId, 1, file));

        // An API answers a refusal with problem JSON, never with the HTML sign-in page.
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("resourceType", body, StringComparison.Ordinal);
        Assert.DoesNotContain("MSH|", body, StringComparison.Ordinal);
        await using var db = await Contexts.CreateDbContextAsync();
        Assert.False(await db.AuditEntries.AnyAsync(e => e.Action == AuditActions.Export && e.TargetId == stored.VersionId.ToString()));
    }

    [Fact]
    public async System.Threading.Tasks.Task Exports_OfAnUnknownVersion_AreNotFound()
    {
        var stored = await app.StoreCaseAsync();
        using var client = await SignedInAsync(Roles.Oncologist);

        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync(Path(stored.CaseId, 9, "report.fhir.json"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync(Path(stored.CaseId, 9, "report.hl7"))).StatusCode);
    }

    [Fact]
    public async System.Threading.Tasks.Task ReportPage_Toolbar_LinksTheVersionsFhirBundleForDownload()
    {
        var stored = await app.StoreCaseAsync();
        using var client = await SignedInAsync(Roles.Oncologist);

        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await client.Http.GetStringAsync($"/patients/{stored.CaseId}/reports/1"));

        var link = page.QuerySelector("#report-export-fhir");
        Assert.True(link is not null, "The toolbar has no Download FHIR link.");
        Assert.Equal(("A", "Download FHIR"), (link.TagName, link.TextContent.Trim()));
        Assert.Equal(Path(stored.CaseId, 1, "report.fhir.json"), link.GetAttribute("href"));
        Assert.True(link.HasAttribute("download"));
    }

    private static string Path(Guid caseId, int version, string file) => $"/api/cases/{caseId}/reports/{version}/{file}";

    private static string? FileName(HttpResponseMessage response) =>
        response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName;

    private IDbContextFactory<OmicsDbContext> Contexts => app.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>();

    private async Task<AuditEntry> ExportAuditAsync(Guid versionId)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Action == AuditActions.Export && e.TargetId == versionId.ToString());
    }

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
