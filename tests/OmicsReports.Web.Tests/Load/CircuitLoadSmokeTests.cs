using OmicsReports.CircuitLoad;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Load;

/// <summary>
/// The live-circuit load driver (tests/OmicsReports.CircuitLoad) in its short form against the real app: five
/// clinicians making three report visits each. It keeps the driver working as the pages change; the 200-circuit,
/// 10-minute run is docs/perf/measure-circuits.sh.
/// </summary>
[Collection(CircuitLoadCollection.Name)]
public sealed class CircuitLoadSmokeTests(OmicsWebFactory app)
{
    [Fact]
    public async Task FiveCircuits_ThreeVisitsEach_InteractWithoutAnError()
    {
        // Three visits each: a first load, an in-app navigation, and a reload (every second visit is a fresh page).
        // The run ends when every clinician has made them, so a busy machine makes it slower, not different; the
        // duration is only the upper limit.
        var options = new LoadOptions
        {
            BaseAddress = app.BaseAddress,
            Password = OmicsWebFactory.DemoPassword,
            Circuits = 5,
            Browsers = 1,
            VisitsPerCircuit = 3,
            ReloadEvery = 2,
            Duration = TimeSpan.FromMinutes(4),
            // All five open within a second, long before the first has made its three visits: all five are live at once.
            RampUp = TimeSpan.FromSeconds(1),
            ThinkMin = TimeSpan.FromSeconds(0.2),
            ThinkMax = TimeSpan.FromSeconds(0.5),
            ActionTimeout = TimeSpan.FromSeconds(60),
            AppPid = Environment.ProcessId,
            SampleEvery = TimeSpan.FromSeconds(2),
        };

        var result = await LoadRun.RunAsync(options, TextWriter.Null);

        Assert.True(result.Errors.Count == 0, string.Join('\n', result.Errors));
        Assert.Equal(5, result.PeakLive);
        // Per visit: the load or navigation, a "Why?" and two tab switches.
        Assert.Equal(5 * 3 * 4, result.Interactions);
        // Five first loads and five reloads; the navigations keep their circuit.
        Assert.Equal(10, result.Opened);
        Assert.NotEmpty(result.Samples);
    }
}

/// <summary>An app of its own, so that the five clinicians run beside the other web tests instead of in their queue.</summary>
[CollectionDefinition(Name)]
public sealed class CircuitLoadCollection : ICollectionFixture<OmicsWebFactory>
{
    public const string Name = "web app, circuit load";
}
