using System.Net;
using System.Text.Json;
using OmicsReports.Data.Identity;
using OmicsReports.Web.Tests.Infrastructure;
using OmicsReports.Web.Tests.TumorBoard;

namespace OmicsReports.Web.Tests.Security;

/// <summary>
/// Issue 12, finding 10 (HTTP): every response with patient data says <c>Cache-Control: no-store</c>, and an id that
/// names nothing answers 404, on pages and endpoints alike.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class NoStoreAndNotFoundTests(OmicsWebFactory app)
{
    [Theory]
    [InlineData("report.json", "application/json")]
    [InlineData("case.json", "application/json")]
    [InlineData("report.pdf", "application/pdf")]
    public async Task ReportDownload_WithPatientData_IsNoStore(string file, string mediaType)
    {
        var stored = await app.StoreCaseAsync();
        using var client = await SignedInAsync(Roles.Pathologist);

        var response = await client.Http.GetAsync($"/api/cases/{stored.CaseId}/reports/1/{file}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("minutes.pdf")]
    [InlineData("packet.pdf")]
    public async Task BoardDocument_WithPatientData_IsNoStore(string file)
    {
        var board = await app.MeetingAsync(demoCases: [0]);
        using var client = await SignedInAsync(Roles.Oncologist);

        var response = await client.Http.GetAsync($"/api/boards/{board.Id}/{file}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("/patients/{unknown}/reports/1")]
    [InlineData("/patients/{case}/reports/99")]
    [InlineData("/boards/{unknown}")]
    [InlineData("/boards/{unknown}/present")]
    [InlineData("/boards/{unknown}/edit")]
    public async Task Page_ForAnUnknownId_Is404(string path)
    {
        var stored = await app.StoreCaseAsync();
        using var client = await SignedInAsync(Roles.Pathologist);

        var response = await client.Http.GetAsync(Fill(path, stored.CaseId));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("not found", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/api/cases/{unknown}/reports/1/report.json")]
    [InlineData("/api/cases/{case}/reports/99/case.json")]
    [InlineData("/api/cases/{unknown}/reports/1/report.pdf")]
    [InlineData("/api/boards/{unknown}/minutes.pdf")]
    [InlineData("/api/boards/{unknown}/packet.pdf")]
    public async Task Endpoint_ForAnUnknownId_Is404ProblemJson(string path)
    {
        var stored = await app.StoreCaseAsync();
        using var client = await SignedInAsync(Roles.Pathologist);

        var response = await client.Http.GetAsync(Fill(path, stored.CaseId));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
    }

    private static string Fill(string path, Guid caseId) => path
        .Replace("{unknown}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
        .Replace("{case}", caseId.ToString(), StringComparison.Ordinal);

    private async Task<SignInClient> SignedInAsync(string role)
    {
        var client = new SignInClient(app.BaseAddress);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(Data.DemoOptions.EmailFor(role), OmicsWebFactory.DemoPassword)).StatusCode);
        return client;
    }
}
