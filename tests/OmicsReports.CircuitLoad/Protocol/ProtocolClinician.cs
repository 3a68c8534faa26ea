namespace OmicsReports.CircuitLoad.Protocol;

/// <summary>
/// One clinician on one circuit, driven by the protocol client through the visits of <see cref="ClinicianLoop"/>,
/// as the Chromium driver's <see cref="ClinicianCircuit"/> is. Each click goes to the handler id the
/// server rendered on the element found by its text or accessible name, and counts only when its effect shows in a
/// later render batch. An effect not seen within the timeout, a failed event and a circuit the server ended are errors.
/// </summary>
internal sealed class ProtocolClinician(int id, ClinicianSession session, ReportTargets targets, LoadOptions options, LoadTally tally)
    : ClinicianLoop(id, targets, options, tally)
{
    private ProtocolCircuit? circuit;

    public async Task RunAsync(DateTime until, CancellationToken cancellationToken)
    {
        try
        {
            await VisitAsync(until, cancellationToken);
        }
        finally
        {
            await CloseAsync();
        }
    }

    protected override Task CheckAsync() =>
        circuit?.Failure is { } broken ? Task.FromException(new ProtocolException(broken)) : Task.CompletedTask;

    protected override bool IsActionFailure(Exception exception) =>
        exception is ProtocolException or TimeoutException or HttpRequestException or InvalidOperationException or IOException
            or OperationCanceledException;

    protected override Task AfterFailureAsync() => CloseAsync();

    /// <summary>A full page load: the previous circuit (if any) ends, a new one starts and renders the report.</summary>
    protected override async Task LoadAsync(string path, CancellationToken cancellationToken)
    {
        await CloseAsync();
        circuit = await ProtocolCircuit.OpenAsync(session, path, Tally.UnsatisfiedInterop, Options.ActionTimeout, cancellationToken);
        Current = path;
        await circuit.WaitForAsync("the interactive report", m => PageQueries.Interactive(m) && PageQueries.IsReport(m),
            Options.ActionTimeout, cancellationToken);
    }

    protected override async Task NavigateAsync(string path, CancellationToken cancellationToken)
    {
        var live = circuit!;
        var before = live.Read(PageQueries.Title);
        await live.NavigateAsync(path, Options.ActionTimeout, cancellationToken);
        Current = path;
        await live.WaitForAsync("the next report", m => PageQueries.Title(m) != before && PageQueries.IsReport(m),
            Options.ActionTimeout, cancellationToken);
    }

    protected override async Task ExpandWhyAsync(CancellationToken cancellationToken)
    {
        var live = circuit!;
        var closed = live.Read(m => PageQueries.WhyButtons(m, expanded: false)
            .Select(b => (Label: b.Attribute("aria-label")!, Handler: b.ClickHandler())).ToList());
        if (closed.Count == 0)
        {
            return; // every "Why?" of this report is open already, or it has none
        }

        var (label, handler) = closed[Random.Next(closed.Count)];
        await live.ClickAsync(Target(handler, label), Options.ActionTimeout, cancellationToken);
        await live.WaitForAsync($"'{label}' expanded", m => PageQueries.IsExpanded(m, label), Options.ActionTimeout, cancellationToken);
        Tally.Clicked();
    }

    protected override async Task SwitchTabAsync(CancellationToken cancellationToken)
    {
        var live = circuit!;
        var others = live.Read(m => PageQueries.Tabs(m, selected: false).Select(t => (Name: t.Text().Trim(), Handler: t.ClickHandler())).ToList());
        if (others.Count == 0)
        {
            return;
        }

        var (name, handler) = others[Random.Next(others.Count)];
        await live.ClickAsync(Target(handler, name), Options.ActionTimeout, cancellationToken);
        await live.WaitForAsync($"tab '{name}' shown", m => PageQueries.IsTabShown(m, name), Options.ActionTimeout, cancellationToken);
        Tally.Clicked();
    }

    /// <summary>The handler to click; with <see cref="LoadOptions.WrongHandlerIds"/> one the server never gave (a check of the checks).</summary>
    private ulong Target(ulong? handler, string what)
    {
        var real = handler ?? throw new ProtocolException($"'{what}' has no click handler in the rendered page");
        return Options.WrongHandlerIds ? real + 1_000_000 : real;
    }

    private async Task CloseAsync()
    {
        if (circuit is { } old)
        {
            circuit = null;
            await old.DisposeAsync();
        }
    }
}
