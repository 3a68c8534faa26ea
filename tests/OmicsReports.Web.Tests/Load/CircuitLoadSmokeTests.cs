using OmicsReports.CircuitLoad;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Load;

/// <summary>
/// The live-circuit load driver (tests/OmicsReports.CircuitLoad) in its short form against the real app: five
/// clinicians for 30 s. It keeps the driver working as the pages change; the 200-circuit, 10-minute run is
/// docs/perf/measure-circuits.sh.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class CircuitLoadSmokeTests(OmicsWebFactory app)
{
    [Fact]
    public async Task FiveCircuits_For30Seconds_InteractWithoutAnError()
    {
        var options = new LoadOptions
        {
            BaseAddress = app.BaseAddress,
            Password = OmicsWebFactory.DemoPassword,
            Circuits = 5,
            Browsers = 1,
            Duration = TimeSpan.FromSeconds(30),
            RampUp = TimeSpan.FromSeconds(5),
            ThinkMin = TimeSpan.FromSeconds(0.5),
            ThinkMax = TimeSpan.FromSeconds(1),
            ReloadEvery = 2,
            ActionTimeout = TimeSpan.FromSeconds(60),
            AppPid = Environment.ProcessId,
        };

        var result = await LoadRun.RunAsync(options, TextWriter.Null);

        Assert.True(result.Errors.Count == 0, string.Join('\n', result.Errors));
        Assert.Equal(5, result.PeakLive);
        // Each clinician opens a report, expands a Why? and switches tabs: at least four interactions each, and some
        // report visits by in-app navigation or reload, so more circuits opened than the five first loads.
        Assert.True(result.Interactions >= 20, $"only {result.Interactions} interactions");
        Assert.True(result.Opened > 5, $"no page was reloaded ({result.Opened} circuits opened)");
        Assert.NotEmpty(result.Samples);
    }
}
