using System.Net;
using System.Text.Json;
using OmicsReports.Data.Identity;
using OmicsReports.Web.Tests.Infrastructure;
using OmicsReports.Web.Tests.TumorBoard;

namespace OmicsReports.Web.Tests.Security;

/// <summary>
/// Issue 12, finding 10 (HTTP): endpoints under /api answer refusals as problem JSON (401 without a session, 403
/// for a role that may not), never with a redirect to the HTML sign-in page.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ApiRefusalTests(OmicsWebFactory app)
{
    public static TheoryData<string, string?, int> Refusals()
    {
        var data = new TheoryData<string, string?, int>();
        foreach (var path in new[] { "/api/cases/{case}/reports/1/report.json", "/api/cases/{case}/reports/1/case.json", "/api/cases/{case}/reports/1/report.pdf", "/api/boards/{board}/packet.pdf", "/health" })
        {
            data.Add(path, null, 401);
            data.Add(path, Roles.Curator, 403);
        }

        data.Add("/api/cases/{case}/reports/1/report.json", Roles.Admin, 403);
        data.Add("/health", Roles.Oncologist, 403);
        data.Add("/api/knowledge/reanalysis/latest", null, 401);
        data.Add("/api/knowledge/reanalysis/latest", Roles.Oncologist, 403);
        data.Add("/api/knowledge/reanalysis/latest", Roles.Pathologist, 403);
        data.Add("/api/knowledge/affected", null, 401);
        data.Add("/api/knowledge/affected", Roles.Oncologist, 403);
        data.Add("/api/knowledge/affected", Roles.Admin, 403);
        return data;
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Api_Refusal_IsProblemJson_NeverARedirect(string path, string? role, int status)
    {
        var stored = await app.StoreCaseAsync();
        var board = await app.MeetingAsync(demoCases: [0]);
        using var client = new SignInClient(app.BaseAddress);
        if (role is not null)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(Data.DemoOptions.EmailFor(role), OmicsWebFactory.DemoPassword)).StatusCode);
        }

        var response = await client.Http.GetAsync(path.Replace("{case}", stored.CaseId.ToString(), StringComparison.Ordinal).Replace("{board}", board.Id.ToString(), StringComparison.Ordinal));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.RootElement.GetProperty("title").GetString()));
        Assert.DoesNotContain(stored.SampleId, body, StringComparison.Ordinal);
    }
}
