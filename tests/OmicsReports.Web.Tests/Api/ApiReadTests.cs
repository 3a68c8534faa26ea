using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using OmicsReports.Testing;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Api;

/// <summary>Reading through /api/v1 with the read scope: the same renderers as the users' downloads, and changed cases.</summary>
[Collection(ApiCollection.Name)]
[Trait(DatabaseMatrix.Trait, DatabaseMatrix.Both)]
public sealed class ApiReadTests(ApiWebFactory app)
{
    private static readonly JsonSerializerOptions Fhir = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector);

    [Fact]
    public async System.Threading.Tasks.Task Report_AsJsonFhirHl7AndPdf_IsTheStoredVersion()
    {
        var stored = await app.StoreCaseAsync();
        var (http, _) = await app.AuthorizedAsync("read");
        using var _ = http;
        var path = $"/api/v1/cases/{stored.CaseId}/reports/1";

        var json = await http.GetFromJsonAsync<JsonElement>($"{path}/report.json");
        var bundle = JsonSerializer.Deserialize<Bundle>(await http.GetStringAsync($"{path}/report.fhir.json"), Fhir)!;
        var hl7 = Encoding.UTF8.GetString(await http.GetByteArrayAsync($"{path}/report.hl7"));
        var pdf = await http.GetAsync($"{path}/report.pdf");

        Assert.Equal(JsonValueKind.Object, json.ValueKind);
        Assert.Contains(stored.SampleId, json.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(stored.SampleId, bundle.Entry.Select(e => e.Resource).OfType<Specimen>().Single().Identifier.Single().Value);
        Assert.StartsWith("MSH|", hl7, StringComparison.Ordinal);
        Assert.Contains("ORU^R01", hl7, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Contains(stored.SampleId, await PdfText.OfBytesAsync(await pdf.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async System.Threading.Tasks.Task Report_OfAnUnknownVersion_Is404ProblemJson()
    {
        var stored = await app.StoreCaseAsync();
        var (http, _) = await app.AuthorizedAsync("read");
        using var _ = http;

        var response = await http.GetAsync($"/api/v1/cases/{stored.CaseId}/reports/9/report.json");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async System.Threading.Tasks.Task ChangedSince_ListsCasesChangedAfterTheTime_OnlyThose()
    {
        var before = await app.StoreCaseAsync();
        await System.Threading.Tasks.Task.Delay(50);
        var since = DateTimeOffset.UtcNow;
        await System.Threading.Tasks.Task.Delay(50);
        var after = await app.StoreCaseAsync();
        var (http, _) = await app.AuthorizedAsync("read");
        using var _ = http;

        var list = await http.GetFromJsonAsync<JsonElement>($"/api/v1/cases?changedSince={Uri.EscapeDataString(since.ToString("O"))}");

        var ids = list.EnumerateArray().Select(c => c.GetProperty("caseId").GetGuid()).ToList();
        Assert.Contains(after.CaseId, ids);
        Assert.DoesNotContain(before.CaseId, ids);
        var entry = list.EnumerateArray().Single(c => c.GetProperty("caseId").GetGuid() == after.CaseId);
        Assert.Equal(("draft", $"/api/v1/cases/{after.CaseId}/reports/1/report.json"), (entry.GetProperty("latestStatus").GetString(), entry.GetProperty("report").GetString()));
    }

    [Fact]
    public async System.Threading.Tasks.Task ChangedSince_WithoutAnOffset_Is400ProblemJson()
    {
        var (http, _) = await app.AuthorizedAsync("read");
        using var _ = http;

        var response = await http.GetAsync("/api/v1/cases?changedSince=2026-12-01T08:00:00");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
