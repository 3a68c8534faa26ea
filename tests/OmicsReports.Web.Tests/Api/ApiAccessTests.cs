using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using OmicsReports.Data;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Demo;
using OmicsReports.Data.Identity;
using OmicsReports.Testing;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Api;

/// <summary>Who may call /api/v1, over real HTTP: tokens, scopes, refusals as problem JSON, the rate limit, the documents.</summary>
[Collection(ApiCollection.Name)]
[Trait(DatabaseMatrix.Trait, DatabaseMatrix.Both)]
public sealed class ApiAccessTests(ApiWebFactory app)
{
    private const string ChangedList = "/api/v1/cases?changedSince=2026-01-01T00:00:00Z";

    [Fact]
    public async Task Token_ForTheClientsCredentials_IsAShortLivedJwtWithItsScopes_AndAudited()
    {
        var client = await app.NewClientAsync("import,read");
        using var http = new HttpClient { BaseAddress = app.BaseAddress };

        var response = await http.PostAsync("/api/v1/token", ApiWebFactory.Credentials(client.Id.ToString(), client.Secret));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        Assert.Equal(15 * 60, body.GetProperty("expires_in").GetInt32());
        var jwt = new JsonWebToken(body.GetProperty("access_token").GetString());
        Assert.Equal(client.Id.ToString(), jwt.Subject);
        Assert.Equal("import read", jwt.GetClaim("scope").Value);
        Assert.InRange(jwt.ValidTo - jwt.ValidFrom, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(16));
        await using var db = await Contexts.CreateDbContextAsync();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == AuditActions.ApiToken && e.UserId == client.Id.ToString()));
    }

    [Fact]
    public async Task Token_ForAWrongSecret_Is401ProblemJson_AndTheRefusalIsAudited()
    {
        var client = await app.NewClientAsync("read");
        using var http = new HttpClient { BaseAddress = app.BaseAddress };

        var response = await http.PostAsync("/api/v1/token", ApiWebFactory.Credentials(client.Id.ToString(), client.Secret + "x"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("invalid_client", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
        await using var db = await Contexts.CreateDbContextAsync();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == AuditActions.ApiTokenRefused && e.TargetId == client.Id.ToString()));
    }

    [Fact]
    public async Task Call_WithoutAToken_Is401ProblemJson()
    {
        using var http = new HttpClient { BaseAddress = app.BaseAddress };

        var response = await http.GetAsync(ChangedList);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Call_WithAUsersCookie_Is401_BecauseTheApiTakesTokensOnly()
    {
        using var user = new SignInClient(app.BaseAddress);
        Assert.Equal(HttpStatusCode.Redirect, (await user.SignInAsync(DemoOptions.EmailFor(Roles.Oncologist), OmicsWebFactory.DemoPassword)).StatusCode);

        var response = await user.Http.GetAsync(ChangedList);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Import_WithOnlyTheReadScope_Is403ProblemJson_AndAuditedWithTheClient()
    {
        var (http, client) = await app.AuthorizedAsync("read");
        using var _ = http;
        var (name, bytes, _) = Bundles.Lung();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", name } };

        var response = await http.PostAsync("/api/v1/imports", form);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        await using var db = await Contexts.CreateDbContextAsync();
        var call = await db.AuditEntries.SingleAsync(e => e.Action == AuditActions.ApiCall && e.UserId == client.Id.ToString());
        Assert.Equal("POST /api/v1/imports -> 403", call.Detail);
        Assert.Equal(client.Id.ToString(), call.TargetId);
    }

    [Fact]
    public async Task ManyCalls_AreLimited_With429ProblemJsonAndRetryAfter()
    {
        var (http, _) = await app.AuthorizedAsync("read");
        using var _ = http;
        HttpResponseMessage? refused = null;
        for (var i = 0; i <= ApiWebFactory.PermitsPerMinute && refused is null; i++)
        {
            var response = await http.GetAsync(ChangedList);
            refused = response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        Assert.NotNull(refused);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.InRange(refused.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task OpenApiDocument_ListsTheApisEndpoints_AndNoUserPages()
    {
        var (http, _) = await app.AuthorizedAsync("read");
        using var _ = http;

        var document = await http.GetFromJsonAsync<JsonElement>("/api/v1/openapi.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var expected in new[]
        {
            "/api/v1/token", "/api/v1/imports", "/api/v1/imports/{id}", "/api/v1/cases",
            "/api/v1/cases/{caseId}/reports/{version}/report.json", "/api/v1/cases/{caseId}/reports/{version}/report.pdf",
            "/api/v1/cases/{caseId}/reports/{version}/report.fhir.json", "/api/v1/cases/{caseId}/reports/{version}/report.hl7",
        })
        {
            Assert.Contains(expected, paths);
        }

        Assert.All(paths, p => Assert.StartsWith("/api/v1/", p, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Roles.Admin, HttpStatusCode.OK)]
    [InlineData(Roles.Oncologist, HttpStatusCode.Redirect)]
    [InlineData(Roles.Pathologist, HttpStatusCode.Redirect)]
    public async Task ReferencePage_IsForAdminsOnly(string role, HttpStatusCode expected)
    {
        using var user = new SignInClient(app.BaseAddress);
        Assert.Equal(HttpStatusCode.Redirect, (await user.SignInAsync(DemoOptions.EmailFor(role), OmicsWebFactory.DemoPassword)).StatusCode);

        // Scalar serves its page at the prefix with a trailing slash (and redirects there from without one).
        var response = await user.Http.GetAsync("/admin/api/");

        Assert.Equal(expected, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        if (expected == HttpStatusCode.OK)
        {
            // Scalar names the document relative to the app's base and serves its scripts beside the page.
            Assert.True(body.Contains("\"url\":\"api/v1/openapi.json\"", StringComparison.Ordinal), body);
            Assert.Equal(HttpStatusCode.OK, (await user.Http.GetAsync("/admin/api/scalar.aspnetcore.js")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await user.Http.GetAsync("/admin/api/scalar.js")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await user.Http.GetAsync("/api/v1/openapi.json")).StatusCode);
        }
        else
        {
            Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Forbidden, (await user.Http.GetAsync("/api/v1/openapi.json")).StatusCode);
        }
    }

    [Fact]
    public async Task ReferencePage_Anonymous_IsSentToSignIn()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };

        var response = await http.GetAsync("/admin/api");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.DoesNotContain("openapi", Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
    }

    private IDbContextFactory<OmicsDbContext> Contexts => app.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>();
}
