using System.Diagnostics;

namespace OmicsReports.CircuitLoad;

/// <summary>
/// The clinician's visits, whatever drives the page: open a report, read, expand a "Why?", read, switch detail tabs
/// twice, move on by in-app navigation, and load the page afresh every <see cref="LoadOptions.ReloadEvery"/> visits
/// (a new circuit replaces the old one). Reading pauses are random between <see cref="LoadOptions.ThinkMin"/> and
/// <see cref="LoadOptions.ThinkMax"/>. A driver (Chromium page or protocol client) supplies the actions, says which
/// exceptions are a failed action and what a broken page looks like.
/// </summary>
internal abstract class ClinicianLoop(int id, ReportTargets targets, LoadOptions options, LoadTally tally)
{
    protected int Id { get; } = id;

    protected LoadOptions Options { get; } = options;

    protected LoadTally Tally { get; } = tally;

    protected Random Random { get; } = new(id);

    /// <summary>The report on screen; null before the first load.</summary>
    protected string? Current { get; set; }

    private string step = "start";

    protected abstract Task LoadAsync(string path, CancellationToken cancellationToken);

    protected abstract Task NavigateAsync(string path, CancellationToken cancellationToken);

    protected abstract Task ExpandWhyAsync(CancellationToken cancellationToken);

    protected abstract Task SwitchTabAsync(CancellationToken cancellationToken);

    /// <summary>After each action: throws when the page is broken although the action itself succeeded.</summary>
    protected abstract Task CheckAsync();

    /// <summary>An exception that means the action failed (counted, then the clinician starts again), not a bug.</summary>
    protected abstract bool IsActionFailure(Exception exception);

    /// <summary>After a failed action is counted: keep what shows it, drop what is broken.</summary>
    protected abstract Task AfterFailureAsync();

    /// <summary>Visits reports until <paramref name="until"/>, cancellation or <see cref="LoadOptions.VisitsPerCircuit"/>.</summary>
    protected async Task VisitAsync(DateTime until, CancellationToken cancellationToken)
    {
        var visits = 0;
        var done = 0;
        var up = false;
        try
        {
            while (DateTime.UtcNow < until && !cancellationToken.IsCancellationRequested && done < (Options.VisitsPerCircuit ?? int.MaxValue))
            {
                try
                {
                    var fresh = !up || visits % Options.ReloadEvery == 0;
                    var next = targets.Next(Random, Current);
                    await Timed(fresh ? "load" : "navigate", () => fresh ? LoadAsync(next, cancellationToken) : NavigateAsync(next, cancellationToken));
                    if (!up)
                    {
                        Tally.CircuitUp();
                        up = true;
                    }
                    else if (fresh)
                    {
                        Tally.CircuitReplaced();
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
                catch (Exception ex) when (IsActionFailure(ex))
                {
                    Tally.Failed(Id, $"{step} on {Current ?? "(first load)"}: {ex.GetType().Name}: {FirstLine(ex.Message)}");
                    await AfterFailureAsync();
                    visits = 0; // start again from a fresh page, after a pause: reloading at once would feed an overload
                    await ThinkAsync(until, cancellationToken);
                }
            }
        }
        finally
        {
            if (up)
            {
                Tally.CircuitDown();
            }
        }
    }

    protected static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();

    private async Task Timed(string name, Func<Task> action)
    {
        step = name;
        var watch = Stopwatch.StartNew();
        await action();
        await CheckAsync();
        Tally.Succeeded(watch.Elapsed);
    }

    private Task ThinkAsync(DateTime until, CancellationToken cancellationToken)
    {
        var span = Options.ThinkMax - Options.ThinkMin;
        var pause = Options.ThinkMin + (span * Random.NextDouble());
        var left = until - DateTime.UtcNow;
        return Task.Delay(pause < left ? pause : left > TimeSpan.Zero ? left : TimeSpan.Zero, cancellationToken);
    }
}
