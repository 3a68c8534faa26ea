using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Data;
using OmicsReports.Data.Identity;
using OmicsReports.Web.Tests.Infrastructure;
using OmicsReports.Testing;

namespace OmicsReports.Web.Tests.Integration;

/// <summary>Every page and endpoint against every role and an anonymous visitor, over real HTTP.</summary>
[Collection(WebCollection.Name)]
[Trait(DatabaseMatrix.Trait, DatabaseMatrix.Both)]
public class AccessMatrixTests(OmicsWebFactory app)
{
    private const string Anonymous = "anonymous";

    /// <summary>Path (with {case} for a demo case id) → the roles allowed; everyone else is refused.</summary>
    public static TheoryData<string, string, bool> Matrix()
    {
        var allowed = new Dictionary<string, string[]>
        {
            ["/"] = Roles.All.ToArray(),
            ["/patients"] = [Roles.Oncologist, Roles.Pathologist],
            ["/patients/{case}/reports/1"] = [Roles.Oncologist, Roles.Pathologist],
            ["/api/cases/{case}/reports/1/report.json"] = [Roles.Oncologist, Roles.Pathologist],
            ["/api/cases/{case}/reports/1/case.json"] = [Roles.Oncologist, Roles.Pathologist],
            ["/api/cases/{case}/reports/1/report.pdf"] = [Roles.Oncologist, Roles.Pathologist],
            ["/api/cases/{case}/reports/1/report.fhir.json"] = [Roles.Oncologist, Roles.Pathologist],
            ["/api/cases/{case}/reports/1/report.hl7"] = [Roles.Oncologist, Roles.Pathologist],
            ["/import"] = [Roles.Pathologist],
            ["/knowledge"] = [Roles.Curator],
            ["/admin/audit"] = [Roles.Admin],
            ["/admin/deliveries"] = [Roles.Admin],
            ["/admin/users"] = [Roles.Admin],
            ["/health"] = [Roles.Admin],
            ["/Account/Manage/TwoFactor"] = Roles.All.ToArray(),
        };
        var data = new TheoryData<string, string, bool>();
        foreach (var (path, roles) in allowed)
        {
            foreach (var role in Roles.All.Append(Anonymous))
            {
                data.Add(path, role, roles.Contains(role));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Request_ByRole_IsServedOnlyToTheRolesAllowed(string path, string role, bool allowed)
    {
        using var client = new SignInClient(app.BaseAddress);
        if (role != Anonymous)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(DemoOptions.EmailFor(role), OmicsWebFactory.DemoPassword)).StatusCode);
        }

        var response = await client.Http.GetAsync(path.Replace("{case}", (await DemoCaseAsync()).ToString(), StringComparison.Ordinal));
        var body = await response.Content.ReadAsStringAsync();

        if (allowed)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return;
        }

        Assert.DoesNotContain("DEMO-0001", body, StringComparison.Ordinal);
        if (path.StartsWith("/api/", StringComparison.Ordinal) || path == "/health")
        {
            // Machine-facing endpoints answer problem JSON, never the HTML sign-in page (Security/ApiRefusalTests).
            Assert.Equal(role == Anonymous ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden, response.StatusCode);
            return;
        }

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var expected = role == Anonymous ? "/Account/Login" : "/Account/AccessDenied";
        Assert.StartsWith(expected, response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.DoesNotContain("DEMO-0001", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Lindqvist", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportPage_ForAnAllowedRole_ShowsTheReport_AndForAnUnknownVersion_SaysNotFound()
    {
        using var client = new SignInClient(app.BaseAddress);
        await client.SignInAsync(DemoOptions.EmailFor(Roles.Oncologist), OmicsWebFactory.DemoPassword);
        var caseId = await DemoCaseAsync();

        var report = WebUtility.HtmlDecode(await client.Http.GetStringAsync($"/patients/{caseId}/reports/1"));
        var missingResponse = await client.Http.GetAsync($"/patients/{caseId}/reports/99");
        var missing = WebUtility.HtmlDecode(await missingResponse.Content.ReadAsStringAsync());

        Assert.Contains("Lindqvist, Maja", report, StringComparison.Ordinal);
        // The therapy card names its first regimen; the alternatives (dabrafenib + trametinib among them) fold under "Why?".
        Assert.Contains("BRAF V600E", report, StringComparison.Ordinal);
        Assert.Contains("dabrafenib", report, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missingResponse.StatusCode);
        Assert.Contains("Report not found", missing, StringComparison.Ordinal);
        Assert.DoesNotContain("dabrafenib", missing, StringComparison.Ordinal);
    }

    private async Task<Guid> DemoCaseAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>().CreateDbContextAsync();
        return await db.Cases.Where(c => c.SampleId == "DEMO-S1-MEL").Select(c => c.Id).SingleAsync();
    }
}
