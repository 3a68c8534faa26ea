namespace OmicsReports.CircuitLoad;

/// <summary>How the circuits are driven.</summary>
public enum LoadClient
{
    /// <summary>One headless Chromium page per circuit (the real blazor.web.js, layout and MudBlazor's scripts).</summary>
    Chromium,

    /// <summary>A .NET client speaking the Blazor Server protocol over SignalR: no browser, JS interop answered by stubs.</summary>
    Protocol,
}

/// <summary>
/// One load run: <see cref="Circuits"/> signed-in report pages held open for <see cref="Duration"/>, spread over
/// <see cref="Browsers"/> Chromium processes (or driven by the protocol client), each acting every
/// <see cref="ThinkMin"/>–<see cref="ThinkMax"/>.
/// </summary>
public sealed record LoadOptions
{
    public LoadClient Client { get; init; } = LoadClient.Chromium;

    public required Uri BaseAddress { get; init; }

    /// <summary>The demo accounts' password (Development seeds them with <c>Omics:Demo:Password</c>).</summary>
    public required string Password { get; init; }

    public int Circuits { get; init; } = 200;

    public int Browsers { get; init; } = 4;

    public TimeSpan Duration { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Pause between two actions of one clinician: reading the page before the next click.</summary>
    public TimeSpan ThinkMin { get; init; } = TimeSpan.FromSeconds(4);

    public TimeSpan ThinkMax { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Circuits are opened over this time, not all at once (as a clinic's morning, and to spare the 2 cores).</summary>
    public TimeSpan RampUp { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// After the ramp-up, the circuits run this long before the measured <see cref="Duration"/> begins: the time the
    /// app's collector takes to size its heaps for the load. Memory growth is measured over <see cref="Duration"/> only.
    /// </summary>
    public TimeSpan Settle { get; init; } = TimeSpan.Zero;

    /// <summary>Every this many report visits a circuit reloads its page: the old circuit closes, a new one opens.</summary>
    public int ReloadEvery { get; init; } = 8;

    /// <summary>
    /// When set, a clinician stops after this many report visits even if <see cref="Duration"/> has not run out (then
    /// <see cref="Duration"/> is only the upper limit). A short check sets it so that its outcome does not depend on
    /// how fast a busy machine is.
    /// </summary>
    public int? VisitsPerCircuit { get; init; }

    /// <summary>Longest wait for one interaction's result before it counts as failed.</summary>
    public TimeSpan ActionTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The sample whose report is opened half of the time (the 500-variant demo case).</summary>
    public string HeavySample { get; init; } = "DEMO-S6-UEC";

    /// <summary>The app's process, sampled every <see cref="SampleEvery"/> (RSS, CPU); none when the app runs in-process.</summary>
    public int? AppPid { get; init; }

    public TimeSpan SampleEvery { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Where the samples go as CSV (time, circuits, RSS, CPU); none when null.</summary>
    public string? SamplesCsv { get; init; }

    /// <summary>Where screenshots of the first failed pages go; none when null.</summary>
    public string? FailureShots { get; init; }

    /// <summary>
    /// Protocol client only, for the test that proves errors are seen: every click goes to a handler id the server never
    /// rendered, so no click may count as done.
    /// </summary>
    public bool WrongHandlerIds { get; init; }

    public string ChromiumPath { get; init; } = Environment.GetEnvironmentVariable("OMICS_CHROMIUM") ?? "/usr/bin/chromium";
}
