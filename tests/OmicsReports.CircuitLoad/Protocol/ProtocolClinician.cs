using System.Diagnostics;

namespace OmicsReports.CircuitLoad.Protocol;

/// <summary>
/// One clinician on one circuit, driven by the protocol client: the same loop as the Chromium driver's
/// <see cref="ClinicianCircuit"/> (open a report, read, expand a "Why?", read, switch detail tabs twice, move on by
/// in-app navigation, reload every <see cref="LoadOptions.ReloadEvery"/> visits). Each click goes to the handler id the
/// server rendered on the element found by its text or accessible name, and counts only when its effect shows in a
/// later render batch. An effect not seen within the timeout, a failed event and a circuit the server ended are errors.
/// </summary>
internal sealed class ProtocolClinician(int id, ClinicianSession session, ReportTargets targets, LoadOptions options, LoadTally tally)
{
    private readonly Random random = new(id);
    private ProtocolCircuit? circuit;
    private string? current;
    private string step = "start";

    public async Task RunAsync(DateTime until, CancellationToken cancellationToken)
    {
        var visits = 0;
        var done = 0;
        var up = false;
        try
        {
            while (DateTime.UtcNow < until && !cancellationToken.IsCancellationRequested && done < (options.VisitsPerCircuit ?? int.MaxValue))
            {
                try
                {
                    var fresh = circuit is null || visits % options.ReloadEvery == 0;
                    var next = targets.Next(random, current);
                    await Timed(fresh ? "load" : "navigate", () => fresh ? LoadAsync(next, cancellationToken) : NavigateAsync(next, cancellationToken));
                    if (!up)
                    {
                        tally.CircuitUp();
                        up = true;
                    }
                    else if (fresh)
                    {
                        tally.CircuitReplaced();
                    }

                    visits++;
                    done++;
                    await ThinkAsync(until, cancellationToken);
                    await Timed("why", () => ExpandWhyAsync(cancellationToken));
                    await ThinkAsync(until, cancellationToken);
                    for (var i = 0; i < 2; i++)
                    {
                        await Timed("tab", () => SwitchTabAsync(cancellationToken));
                        await ThinkAsync(until, cancellationToken);
                    }
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    break;
                }
                catch (Exception ex) when (ex is ProtocolException or TimeoutException or HttpRequestException or InvalidOperationException
                                               or IOException or OperationCanceledException)
                {
                    tally.Failed(id, $"{step} on {current ?? "(first load)"}: {ex.GetType().Name}: {ex.Message.Split('\n', 2)[0]}");
                    await CloseAsync();
                    visits = 0; // start again from a fresh page, after a pause: reloading at once would feed an overload
                    await ThinkAsync(until, cancellationToken);
                }
            }
        }
        finally
        {
            await CloseAsync();
            if (up)
            {
                tally.CircuitDown();
            }
        }
    }

    private async Task Timed(string name, Func<Task> action)
    {
        step = name;
        var watch = Stopwatch.StartNew();
        await action();
        if (circuit?.Failure is { } broken)
        {
            throw new ProtocolException(broken);
        }

        tally.Succeeded(watch.Elapsed);
    }

    /// <summary>A full page load: the previous circuit (if any) ends, a new one starts and renders the report.</summary>
    private async Task LoadAsync(string path, CancellationToken cancellationToken)
    {
        await CloseAsync();
        circuit = await ProtocolCircuit.OpenAsync(session, path, tally.UnsatisfiedInterop, options.ActionTimeout, cancellationToken);
        current = path;
        await circuit.WaitForAsync("the interactive report", m => PageQueries.Interactive(m) && PageQueries.IsReport(m),
            options.ActionTimeout, cancellationToken);
    }

    private async Task NavigateAsync(string path, CancellationToken cancellationToken)
    {
        var live = circuit!;
        var before = live.Read(PageQueries.Title);
        await live.NavigateAsync(path, options.ActionTimeout, cancellationToken);
        current = path;
        await live.WaitForAsync("the next report", m => PageQueries.Title(m) != before && PageQueries.IsReport(m),
            options.ActionTimeout, cancellationToken);
    }

    private async Task ExpandWhyAsync(CancellationToken cancellationToken)
    {
        var live = circuit!;
        var closed = live.Read(m => PageQueries.WhyButtons(m, expanded: false)
            .Select(b => (Label: b.Attribute("aria-label")!, Handler: b.ClickHandler())).ToList());
        if (closed.Count == 0)
        {
            return; // every "Why?" of this report is open already, or it has none
        }

        var (label, handler) = closed[random.Next(closed.Count)];
        await live.ClickAsync(Target(handler, label), options.ActionTimeout, cancellationToken);
        await live.WaitForAsync($"'{label}' expanded", m => PageQueries.IsExpanded(m, label), options.ActionTimeout, cancellationToken);
        tally.Clicked();
    }

    private async Task SwitchTabAsync(CancellationToken cancellationToken)
    {
        var live = circuit!;
        var others = live.Read(m => PageQueries.Tabs(m, selected: false).Select(t => (Name: t.Text().Trim(), Handler: t.ClickHandler())).ToList());
        if (others.Count == 0)
        {
            return;
        }

        var (name, handler) = others[random.Next(others.Count)];
        await live.ClickAsync(Target(handler, name), options.ActionTimeout, cancellationToken);
        await live.WaitForAsync($"tab '{name}' shown", m => PageQueries.IsTabShown(m, name), options.ActionTimeout, cancellationToken);
        tally.Clicked();
    }

    /// <summary>The handler to click; with <see cref="LoadOptions.WrongHandlerIds"/> one the server never gave (a check of the checks).</summary>
    private ulong Target(ulong? handler, string what)
    {
        var real = handler ?? throw new ProtocolException($"'{what}' has no click handler in the rendered page");
        return options.WrongHandlerIds ? real + 1_000_000 : real;
    }

    private async Task CloseAsync()
    {
        if (circuit is { } old)
        {
            circuit = null;
            await old.DisposeAsync();
        }
    }

    private Task ThinkAsync(DateTime until, CancellationToken cancellationToken)
    {
        var span = options.ThinkMax - options.ThinkMin;
        var pause = options.ThinkMin + (span * random.NextDouble());
        var left = until - DateTime.UtcNow;
        return Task.Delay(pause < left ? pause : left > TimeSpan.Zero ? left : TimeSpan.Zero, cancellationToken);
    }
}
