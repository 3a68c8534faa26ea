using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;

namespace OmicsReports.CircuitLoad.Protocol;

/// <summary>
/// One Blazor Server circuit driven without a browser: fetches the prerendered page, opens <c>/_blazor</c> with the
/// SignalR client speaking "blazorpack", starts the circuit and adds the page's root components as blazor.web.js does
/// (.NET 10: StartCircuit with no components, then UpdateRootComponents once the server has attached its renderer),
/// applies and acknowledges every render batch into a <see cref="DomModel"/>, answers every JS interop call, and
/// dispatches clicks and in-app navigations. A server error (JS.Error), a closed connection or a failed event ends it:
/// <see cref="Failure"/> says why, and every wait fails with it.
/// </summary>
internal sealed partial class ProtocolCircuit : IAsyncDisposable
{
    /// <summary>A left click as blazor.web.js describes one (MouseEventArgs).</summary>
    private const string ClickArgs = """{"detail":1,"screenX":0,"screenY":0,"clientX":0,"clientY":0,"offsetX":0,"offsetY":0,"pageX":0,"pageY":0,"movementX":0,"movementY":0,"button":0,"buttons":0,"ctrlKey":false,"shiftKey":false,"altKey":false,"metaKey":false,"type":"click"}""";

    private readonly ClinicianSession session;
    private readonly PrerenderedPage page;
    private readonly HubConnection connection;
    private readonly JsInteropAnswers interop;
    private readonly DomModel model = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<(bool Ok, string? Result)>> dotNetCalls = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, TaskCompletionSource<bool>> locationChanging = new();
    private readonly TaskCompletionSource rendererAttached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string? circuitId;
    private int nextCallId;
    private volatile bool closing;
    private volatile string? failure;

    private ProtocolCircuit(ClinicianSession session, PrerenderedPage page, Uri location, ConcurrentDictionary<string, int> unsatisfied)
    {
        this.session = session;
        this.page = page;
        Location = location;
        interop = new JsInteropAnswers(page.Title, unsatisfied);
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(session.BaseAddress, "_blazor"), options =>
            {
                options.Cookies = session.Cookies;
                options.Transports = HttpTransportType.WebSockets;
            });
        builder.Services.AddSingleton<IHubProtocol, BlazorPackProtocol>();
        connection = builder.Build();
        Handle();
    }

    /// <summary>Why the circuit is broken (a server error or a closed connection), or null while it is healthy.</summary>
    public string? Failure => failure;

    /// <summary>The page's address as the circuit knows it (changes with each in-app navigation).</summary>
    public Uri Location { get; private set; }

    /// <summary>Loads the page and starts its circuit; returns when the server has been asked to render its components.</summary>
    public static async Task<ProtocolCircuit> OpenAsync(ClinicianSession session, string path, ConcurrentDictionary<string, int> unsatisfied,
        TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var location = new Uri(session.BaseAddress, path);
        using var response = await session.Http.GetAsync(location, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new ProtocolException($"GET {path} answered {(int)response.StatusCode}");
        }

        var page = PrerenderedPage.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        if (page.Markers.Count == 0)
        {
            throw new ProtocolException($"GET {path} holds no server component marker");
        }

        var circuit = new ProtocolCircuit(session, page, location, unsatisfied);
        try
        {
            await circuit.StartAsync(timeout, cancellationToken);
            return circuit;
        }
        catch
        {
            await circuit.DisposeAsync();
            throw;
        }
    }

    /// <summary>Reads the model under its lock (batches are applied under the same lock).</summary>
    public T Read<T>(Func<DomModel, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        lock (model)
        {
            return read(model);
        }
    }

    /// <summary>Waits until the model satisfies <paramref name="condition"/>, re-checking after every render batch.</summary>
    public async Task WaitForAsync(string what, Func<DomModel, bool> condition, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var signal = Volatile.Read(ref changed).Task;
            ThrowIfBroken();
            if (Read(condition))
            {
                return;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException($"{what}: not seen within {timeout.TotalSeconds:0} s");
            }

            try
            {
                await signal.WaitAsync(left, cancellationToken);
            }
            catch (TimeoutException)
            {
                // checked once more above, then reported
            }
        }
    }

    /// <summary>A click on the element whose handler id the server gave, as the browser's event delegator sends it.</summary>
    public async Task ClickAsync(ulong eventHandlerId, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ThrowIfBroken();
        var rendererInterop = interop.RendererInterop ?? throw new ProtocolException("the server has not attached its renderer");
        var callId = Interlocked.Increment(ref nextCallId).ToString(CultureInfo.InvariantCulture);
        var result = new TaskCompletionSource<(bool Ok, string? Result)>(TaskCreationOptions.RunContinuationsAsynchronously);
        dotNetCalls[callId] = result;
        var descriptor = string.Create(CultureInfo.InvariantCulture,
            $$"""{"eventHandlerId":{{eventHandlerId}},"eventName":"click","eventFieldInfo":null}""");
        await connection.SendAsync("BeginInvokeDotNetFromJS", callId, null, "DispatchEventAsync", rendererInterop,
            $"[{descriptor},{ClickArgs}]", cancellationToken);
        var (ok, answer) = await result.Task.WaitAsync(timeout, cancellationToken);
        if (!ok)
        {
            throw new ProtocolException($"the server refused the click on handler {eventHandlerId}: {FirstLine(answer)}");
        }
    }

    /// <summary>In-app navigation (the circuit stays), as NavigationManager.NavigateTo in the page does it.</summary>
    public async Task NavigateAsync(string path, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ThrowIfBroken();
        var target = new Uri(session.BaseAddress, path);
        if (interop.HasLocationChangingListeners)
        {
            var callId = Interlocked.Increment(ref nextCallId);
            var proceed = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            locationChanging[callId] = proceed;
            await connection.SendAsync("OnLocationChanging", callId, target.ToString(), null, false, cancellationToken);
            if (!await proceed.Task.WaitAsync(timeout, cancellationToken))
            {
                return; // a component cancelled the navigation, as it may
            }
        }

        Location = target;
        await connection.SendAsync("OnLocationChanged", target.ToString(), null, false, cancellationToken);
    }

    /// <summary>Leaves the page as a browser tab does: closes the connection and tells the server the circuit is over.</summary>
    public async ValueTask DisposeAsync()
    {
        closing = true;
        try
        {
            await connection.StopAsync();
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or OperationCanceledException)
        {
            // already gone
        }

        await connection.DisposeAsync();
        if (circuitId is not null)
        {
            try
            {
                using var form = new FormUrlEncodedContent([new("circuitId", circuitId)]);
                using var _ = await session.Http.PostAsync(new Uri("_blazor/disconnect", UriKind.Relative), form);
            }
            catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
            {
                // the server is gone or busy; its circuit then expires on its own, as a vanished browser's does
            }
        }
    }

    private async Task StartAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        await connection.StartAsync(cancellationToken);
        circuitId = await connection.InvokeAsync<string?>("StartCircuit", new Uri(session.BaseAddress, "/").ToString(),
            Location.ToString(), "[]", page.State, cancellationToken);
        if (string.IsNullOrEmpty(circuitId))
        {
            throw new ProtocolException(failure ?? "the server did not start the circuit");
        }

        await rendererAttached.Task.WaitAsync(timeout, cancellationToken);
        await connection.SendAsync("UpdateRootComponents", page.AddOperations(1), page.State, cancellationToken);
    }

    private void ThrowIfBroken()
    {
        if (failure is { } broken)
        {
            throw new ProtocolException(broken);
        }
    }

    private void Fail(string why)
    {
        failure ??= why;
        Volatile.Read(ref changed).TrySetResult();
        foreach (var call in dotNetCalls.Values)
        {
            call.TrySetResult((false, why));
        }
    }

    private static string FirstLine(string? text) => (text ?? string.Empty).Split('\n', 2)[0].Trim();
}

/// <summary>The circuit or the protocol went wrong in a way a clinician would notice.</summary>
internal sealed class ProtocolException(string message) : Exception(message);
