using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Data;
using OmicsReports.Data.Audit;
using OmicsReports.Testing;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Api;

/// <summary>Imports through /api/v1 over real HTTP: accepted, followed to the end, all or nothing, idempotent, audited.</summary>
[Collection(ApiCollection.Name)]
[Trait(DatabaseMatrix.Trait, DatabaseMatrix.Both)]
public sealed class ApiImportTests(ApiWebFactory app)
{
    [Fact]
    public async Task Import_OfABundle_Is202_ThenDone_WithTheStoredVersion_AuditedWithTheClientsId()
    {
        var (http, client) = await app.AuthorizedAsync("import,read");
        using var _ = http;
        var (name, bytes, sample) = Bundles.Lung();

        var response = await http.PostAsync("/api/v1/imports", Upload(name, bytes));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = await response.Content.ReadFromJsonAsync<JsonElement>();
        var url = accepted.GetProperty("statusUrl").GetString()!;
        Assert.Equal(url, response.Headers.Location?.OriginalString);
        var (status, state) = await FinishedAsync(http, url);
        Assert.Equal((HttpStatusCode.OK, "done"), (status, state.GetProperty("status").GetString()));
        var version = Assert.Single(state.GetProperty("versions").EnumerateArray().ToList());
        Assert.Equal((sample, 1), (version.GetProperty("sampleId").GetString(), version.GetProperty("version").GetInt32()));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(version.GetProperty("report").GetString())).StatusCode);
        await using var db = await Contexts.CreateDbContextAsync();
        var versionId = (await db.ReportVersions.Where(v => v.Case!.SampleId == sample).Select(v => v.Id).SingleAsync()).ToString();
        var import = await db.AuditEntries.SingleAsync(e => e.Action == AuditActions.Import && e.TargetId == versionId);
        Assert.Equal(client.Id.ToString(), import.UserId);
        Assert.Equal(client.Id.ToString(), (await db.AuditEntries.SingleAsync(e => e.Action == AuditActions.Export && e.TargetId == versionId)).UserId);
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == AuditActions.ApiCall && e.UserId == client.Id.ToString() && e.Detail == "POST /api/v1/imports -> 202"));
    }

    [Fact]
    public async Task Import_WithABrokenFile_FailsAsProblemJsonWithFileLineAndColumn_AndStoresNothing()
    {
        var (http, _) = await app.AuthorizedAsync("import");
        using var _ = http;
        var (goodName, goodBytes, sample) = Bundles.Lung();
        var (badName, badBytes) = Bundles.Broken();
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(goodBytes), "file", goodName },
            { new ByteArrayContent(badBytes), "file", badName },
        };

        var accepted = await http.PostAsync("/api/v1/imports", form);
        var (status, problem) = await FinishedAsync(http, accepted.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("failed", problem.GetProperty("importStatus").GetString());
        var error = problem.GetProperty("errors").EnumerateArray().First(e => e.GetProperty("file").GetString() == badName);
        Assert.Equal(3, error.GetProperty("line").GetInt32());
        Assert.True(error.GetProperty("column").GetInt32() > 0);
        await using var db = await Contexts.CreateDbContextAsync();
        Assert.False(await db.Cases.AnyAsync(c => c.SampleId == sample));
    }

    [Fact]
    public async Task Import_RetriedWithTheSameIdempotencyKey_ReturnsTheFirstImport_AndStoresOneVersion()
    {
        var (http, _) = await app.AuthorizedAsync("import");
        using var _ = http;
        var (name, bytes, sample) = Bundles.Lung();
        var key = Guid.NewGuid().ToString();

        var first = await PostWithKeyAsync(http, key, name, bytes);
        await FinishedAsync(http, first.Headers.Location!.OriginalString);
        var retry = await PostWithKeyAsync(http, key, name, bytes);
        var other = await PostWithKeyAsync(http, key, name, [.. bytes, (byte)'\n']);

        Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal("done", (await retry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        await using var db = await Contexts.CreateDbContextAsync();
        Assert.Equal(1, await db.ReportVersions.CountAsync(v => v.Case!.SampleId == sample));
    }

    [Fact]
    public async Task Import_WithoutFiles_Is400ProblemJson()
    {
        var (http, _) = await app.AuthorizedAsync("import");
        using var _ = http;
        using var form = new MultipartFormDataContent { { new StringContent("x"), "note" } };

        var response = await http.PostAsync("/api/v1/imports", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-files", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0].GetProperty("code").GetString());
    }

    private static MultipartFormDataContent Upload(string name, byte[] bytes) => new() { { new ByteArrayContent(bytes), "file", name } };

    private static async Task<HttpResponseMessage> PostWithKeyAsync(HttpClient http, string key, string name, byte[] bytes)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/imports") { Content = Upload(name, bytes) };
        request.Headers.Add("Idempotency-Key", key);
        return await http.SendAsync(request);
    }

    /// <summary>Follows an import until it leaves queued and running (real import, real worker; a minute at most).</summary>
    private static async Task<(HttpStatusCode Status, JsonElement Body)> FinishedAsync(HttpClient http, string url)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            var response = await http.GetAsync(url);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            var running = response.StatusCode == HttpStatusCode.OK && body.GetProperty("status").GetString() is "queued" or "running";
            if (!running || DateTime.UtcNow > deadline)
            {
                return (response.StatusCode, body);
            }

            await Task.Delay(100);
        }
    }

    private IDbContextFactory<OmicsDbContext> Contexts => app.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>();
}
