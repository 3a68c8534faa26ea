using OmicsReports.CircuitLoad;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Load;

/// <summary>
/// The live-circuit driver's protocol client (no browser: SignalR speaking the Blazor Server protocol) against the
/// real app on Kestrel: ten clinicians making three report visits each, every click found in the rendered page and
/// checked by its effect; and the same client aimed at handler ids the server never rendered, which must be counted
/// as errors (so that a run reporting none means something).
/// </summary>
[Collection(CircuitLoadCollection.Name)]
public sealed class CircuitLoadProtocolTests(OmicsWebFactory app)
{
    [Fact]
    public async Task TenProtocolCircuits_ThreeVisitsEach_InteractWithoutAnError()
    {
        var result = await LoadRun.RunAsync(Options(circuits: 10, visits: 3), TextWriter.Null);

        Assert.True(result.Errors.Count == 0, string.Join('\n', result.Errors));
        Assert.Equal(10, result.PeakLive);
        // Per visit: the load or navigation, a "Why?" and two tab switches.
        Assert.Equal(10 * 3 * 4, result.Interactions);
        // Ten first loads and ten reloads (every second visit); the navigations keep their circuit.
        Assert.Equal(20, result.Opened);
        // Every visit switches tabs twice (ten tabs), and its "Why?" is a click too unless that report has none closed.
        Assert.InRange(result.Clicks, 10 * 3 * 2, 10 * 3 * 3);
    }

    [Fact]
    public async Task ClicksOnHandlersTheServerNeverRendered_AreCountedAsErrors()
    {
        var result = await LoadRun.RunAsync(Options(circuits: 2, visits: 1) with { WrongHandlerIds = true }, TextWriter.Null);

        // Each clinician loads a report (that counts), then its first click goes nowhere: one error each, no more.
        Assert.Equal(2, result.Interactions);
        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.Contains("refused the click", e, StringComparison.Ordinal));
    }

    private LoadOptions Options(int circuits, int visits) => new()
    {
        Client = LoadClient.Protocol,
        BaseAddress = app.BaseAddress,
        Password = OmicsWebFactory.DemoPassword,
        Circuits = circuits,
        VisitsPerCircuit = visits,
        ReloadEvery = 2,
        Duration = TimeSpan.FromMinutes(3),
        // All open within a second, long before the first has made its visits: all are live at once.
        RampUp = TimeSpan.FromSeconds(1),
        ThinkMin = TimeSpan.FromSeconds(0.2),
        ThinkMax = TimeSpan.FromSeconds(0.5),
        ActionTimeout = TimeSpan.FromSeconds(60),
    };
}
