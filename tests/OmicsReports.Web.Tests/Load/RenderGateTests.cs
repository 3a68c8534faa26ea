using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Web.Hosting;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Load;

/// <summary>
/// Page renders take turns (at most Omics:Load:MaxConcurrentRenders at once, here 1), while endpoints that do not
/// render a page pass at once. The test holds the only render turn itself, as a long render would.
/// </summary>
public sealed class RenderGateTests(RenderGateTests.OneRenderApp app) : IClassFixture<RenderGateTests.OneRenderApp>
{
    [Fact]
    public async Task Page_WaitsForARenderTurn_WhileOtherEndpointsPass()
    {
        using var client = new HttpClient { BaseAddress = app.BaseAddress };
        var limiter = app.Services.GetRequiredService<RenderGate>().Limiter;
        var held = await limiter.AcquireAsync(1);
        Assert.True(held.IsAcquired, "Another test holds the only render turn.");

        var page = client.GetAsync("/Account/Login");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/favicon.svg")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync($"/api/v1/cases/{Guid.NewGuid()}/reports/1")).StatusCode);
        await Task.Delay(500);
        Assert.False(page.IsCompleted, "The page rendered while the only render turn was held.");
        Assert.Equal(1, limiter.GetStatistics()?.CurrentQueuedCount);

        held.Dispose();
        var response = await page.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Sign in", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, limiter.GetStatistics()?.CurrentAvailablePermits);
    }

    [Fact]
    public async Task ClientThatLeavesWhileWaiting_GivesUpItsPlace()
    {
        var limiter = app.Services.GetRequiredService<RenderGate>().Limiter;
        using (var held = await limiter.AcquireAsync(1))
        {
            Assert.True(held.IsAcquired, "Another test holds the only render turn.");
            using var client = new HttpClient { BaseAddress = app.BaseAddress };
            using var leave = new CancellationTokenSource();
            var waiting = client.GetAsync("/Account/Login", leave.Token);
            await WaitUntil(() => limiter.GetStatistics()?.CurrentQueuedCount == 1, "The page never queued for a render turn.");
            await leave.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
            await WaitUntil(() => limiter.GetStatistics()?.CurrentQueuedCount == 0, "The abandoned request still waits for a render turn.");
        }

        using var next = new HttpClient { BaseAddress = app.BaseAddress };
        Assert.Equal(HttpStatusCode.OK, (await next.GetAsync("/Account/Login")).StatusCode);
        Assert.Equal(1, limiter.GetStatistics()?.CurrentAvailablePermits);
    }

    private static async Task WaitUntil(Func<bool> condition, string failure)
    {
        for (var waited = 0; !condition(); waited += 50)
        {
            Assert.True(waited < 10_000, $"{failure} (10 s)");
            await Task.Delay(50);
        }
    }

    /// <summary>The app with one page render at a time (and the default admission gate).</summary>
    public sealed class OneRenderApp : OmicsWebFactory
    {
        protected override void Configure(IWebHostBuilder builder) =>
            builder.UseSetting("Omics:Load:MaxConcurrentRenders", "1");
    }
}
