using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
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

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")] // the stand-in is a shell script, as Chromium here is Debian's
    public async Task WarmUp_AppStoppedWhileChromiumStarts_LogsNoWarningOrError()
    {
        // A stand-in for Chromium that takes a moment and then dies, as the real one does when the signal that stops
        // the app reaches the whole process group during the launch.
        var slowChromium = Path.Combine(Path.GetTempPath(), $"omics-dying-chromium-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(slowChromium, "#!/bin/sh\nsleep 2\nexit 1\n");
        File.SetUnixFileMode(slowChromium, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        try
        {
            var configuration = new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { [$"{OmicsPdfOptions.Section}:ChromiumPath"] = slowChromium })
                .Build();
            var logs = new CapturedLogs();
            await using var services = new ServiceCollection().AddLogging(b => b.AddProvider(logs)).AddOmicsPdf(configuration).BuildServiceProvider();
            using var warm = new PdfWarmUp(services.GetRequiredService<PdfExporter>(), configuration, services.GetRequiredService<ILogger<PdfWarmUp>>());

            await warm.StartAsync(CancellationToken.None);
            await Task.Delay(500);
            await warm.StopAsync(CancellationToken.None);
            await warm.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(60));

            Assert.True(warm.ExecuteTask.IsCompletedSuccessfully);
            Assert.DoesNotContain(logs.Entries, e => e.Level >= LogLevel.Warning);
            Assert.Contains(logs.Entries, e => e.Message.Contains("start abandoned", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(slowChromium);
        }
    }

    /// <summary>Every log entry of the services, to check what an operator would read.</summary>
    private sealed class CapturedLogs : ILoggerProvider
    {
        public System.Collections.Concurrent.ConcurrentQueue<(LogLevel Level, string Message)> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturedLogs owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Entries.Enqueue((logLevel, formatter(state, exception)));
        }
    }
}
