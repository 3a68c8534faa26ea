using System.Net;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Load;

/// <summary>
/// Issue 17: beyond its concurrency, a request waits in a short queue for a limited time; beyond the queue or that
/// time the node answers pages and APIs with 503, Retry-After and a retry message, while the circuits' connection,
/// static files and /health are never limited. The app here serves one request at a time and queues one more for at
/// most 3 s; the test holds that one permit itself, as a long request would.
/// </summary>
public sealed class LoadSheddingTests(LoadSheddingTests.TinyLimitApp app) : IClassFixture<LoadSheddingTests.TinyLimitApp>
{
    [Fact]
    public async Task Page_WhenTheNodeIsFull_Is503WithRetryAfterAndARetryPage()
    {
        using var client = new HttpClient { BaseAddress = app.BaseAddress };
        using (await HoldTheOnlyPermitAsync())
        {
            var waited = System.Diagnostics.Stopwatch.StartNew();
            var refused = await client.GetAsync("/Account/Login?returnUrl=%2Fpatients");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.True(waited.Elapsed >= TimeSpan.FromSeconds(2.5), $"Refused after {waited.Elapsed}, before its 3 s in the queue.");
            Assert.Equal(TimeSpan.FromSeconds(7), refused.Headers.RetryAfter?.Delta);
            Assert.Equal("text/html", refused.Content.Headers.ContentType?.MediaType);
            var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
            Assert.Contains("The service is busy; retry in 7 seconds.", page, StringComparison.Ordinal);
            Assert.Contains("<a href=\"/Account/Login?returnUrl=%2Fpatients\">Retry</a>", page, StringComparison.Ordinal);
            Assert.Contains("<meta http-equiv=\"refresh\" content=\"7\">", page, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Login")).StatusCode);
    }

    [Fact]
    public async Task QueuedRequest_WhenAPermitFrees_IsServed_AndOneBeyondTheQueueIsRefusedAtOnce()
    {
        using var client = new HttpClient { BaseAddress = app.BaseAddress };
        var held = await HoldTheOnlyPermitAsync();
        var queued = client.GetAsync("/Account/Login");
        await Task.Delay(300);

        var beyond = await client.GetAsync("/Account/Login");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, beyond.StatusCode);
        Assert.False(queued.IsCompleted, "The queued request was answered while the only permit was held.");

        held.Dispose();
        Assert.Equal(HttpStatusCode.OK, (await queued).StatusCode);
    }

    [Fact]
    public async Task Api_WhenTheNodeIsFull_Is503ProblemJson()
    {
        using var client = new HttpClient { BaseAddress = app.BaseAddress };
        using var held = await HoldTheOnlyPermitAsync();

        var refused = await client.GetAsync($"/api/v1/cases/{Guid.NewGuid()}/reports/1");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(refused.Headers.RetryAfter);
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal(503, problem.RootElement.GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("GET", "/_framework/blazor.web.js")]
    [InlineData("GET", "/_content/MudBlazor/MudBlazor.min.css")]
    [InlineData("GET", "/favicon.svg")]
    [InlineData("GET", "/health")]
    [InlineData("POST", "/_blazor/negotiate?negotiateVersion=1")]
    public async Task CircuitsStaticFilesAndHealth_WhenTheNodeIsFull_AreServed(string method, string path)
    {
        using var client = new HttpClient { BaseAddress = app.BaseAddress };
        using var held = await HoldTheOnlyPermitAsync();

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.True(response.StatusCode != HttpStatusCode.ServiceUnavailable, await response.Content.ReadAsStringAsync());
        Assert.True((int)response.StatusCode < 500, $"{path}: {(int)response.StatusCode}");
    }

    private async Task<RateLimitLease> HoldTheOnlyPermitAsync()
    {
        var lease = await app.Services.GetRequiredService<ConcurrencyLimiter>().AcquireAsync(1);
        Assert.True(lease.IsAcquired, "Another test holds the app's only permit.");
        return lease;
    }

    /// <summary>The app with one request at a time, a queue of one for up to 3 s, and a Retry-After of 7 s.</summary>
    public sealed class TinyLimitApp : OmicsWebFactory
    {
        protected override void Configure(IWebHostBuilder builder)
        {
            builder.UseSetting("Omics:Load:MaxConcurrentRequests", "1");
            builder.UseSetting("Omics:Load:QueueLimit", "1");
            builder.UseSetting("Omics:Load:QueueTimeoutMilliseconds", "3000");
            builder.UseSetting("Omics:Load:RetryAfterSeconds", "7");
        }
    }
}
