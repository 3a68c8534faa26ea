using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using OmicsReports.Reporting.Pdf;
using OmicsReports.Web.Hosting;

namespace OmicsReports.Web.Tests.Reports;

/// <summary>The app starts Chromium in the background, so the first export does not wait for the launch.</summary>
public sealed class PdfWarmUpTests
{
    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public async Task WarmUp_FollowsTheSetting(bool warmUp, bool browserRunning)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"{OmicsPdfOptions.Section}:WarmUpOnStart"] = warmUp.ToString() })
            .Build();
        await using var services = new ServiceCollection().AddLogging().AddOmicsPdf(configuration).BuildServiceProvider();
        var exporter = services.GetRequiredService<PdfExporter>();
        using var warm = new PdfWarmUp(exporter, configuration, NullLogger<PdfWarmUp>.Instance);

        await warm.StartAsync(CancellationToken.None);
        await warm.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(60));

        var health = await new PdfHealthCheck(exporter).CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(browserRunning, health.Data["browserRunning"]);
    }

    [Fact]
    public async Task WarmUp_WithoutChromium_LogsAndLeavesTheAppRunning()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"{OmicsPdfOptions.Section}:ChromiumPath"] = "/nonexistent/chromium" })
            .Build();
        await using var services = new ServiceCollection().AddLogging().AddOmicsPdf(configuration).BuildServiceProvider();
        var exporter = services.GetRequiredService<PdfExporter>();
        using var warm = new PdfWarmUp(exporter, configuration, NullLogger<PdfWarmUp>.Instance);

        await warm.StartAsync(CancellationToken.None);
        await warm.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.True(warm.ExecuteTask.IsCompletedSuccessfully);
        var health = await new PdfHealthCheck(exporter).CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Unhealthy, health.Status);
        Assert.Contains("apt-get install", health.Description, StringComparison.Ordinal);
    }
}
