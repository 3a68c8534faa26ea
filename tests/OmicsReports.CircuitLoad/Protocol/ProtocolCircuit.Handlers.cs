using Microsoft.AspNetCore.SignalR.Client;

namespace OmicsReports.CircuitLoad.Protocol;

/// <summary>What the server sends to the page, and the page's answers (the client methods of blazor.web.js).</summary>
internal sealed partial class ProtocolCircuit
{
    private void Handle()
    {
        connection.On<int, string>("JS.AttachComponent", (componentId, _) =>
        {
            lock (model)
            {
                model.AttachRoot(componentId);
            }
        });
        // (async handle, identifier, arguments JSON, result type, target instance, call type) since .NET 10.
        connection.On("JS.BeginInvokeJS", [typeof(long), typeof(string), typeof(string), typeof(int), typeof(long), typeof(int)], async (args, _) =>
        {
            var handle = (long)args[0]!;
            var answer = interop.Answer((string)args[1]!, (string?)args[2], (int)args[3]!);
            if (interop.RendererInterop is not null)
            {
                rendererAttached.TrySetResult();
            }

            if (handle != 0)
            {
                await connection.SendAsync("EndInvokeJSFromDotNet", handle, true, $"[{handle},true,{answer}]");
            }
        }, this);
        connection.On<string, bool, string?>("JS.EndInvokeDotNet", (callId, ok, result) =>
        {
            if (dotNetCalls.TryRemove(callId, out var call))
            {
                call.TrySetResult((ok, result));
            }
        });
        connection.On<long, byte[]>("JS.RenderBatch", async (batchId, data) =>
        {
            string? error = null;
            try
            {
                lock (model)
                {
                    model.Apply(new RenderBatch(data));
                }
            }
            catch (Exception ex) when (ex is InvalidDataException or InvalidCastException or ArgumentException)
            {
                // The client's model is wrong, not the app: counted as an error, and the server is told as the browser would.
                error = $"render batch {batchId} could not be applied: {ex.Message}";
                Fail(error);
            }

            await connection.SendAsync("OnRenderCompleted", batchId, error);
            Interlocked.Exchange(ref changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        });
        connection.On<long>("JS.EndUpdateRootComponents", _ => { });
        connection.On<int, bool>("JS.EndLocationChanging", (callId, proceed) =>
        {
            if (locationChanging.TryRemove(callId, out var waiting))
            {
                waiting.TrySetResult(proceed);
            }
        });
        connection.On<int, byte[]>("JS.ReceiveByteArray", (_, _) => { });
        connection.On<string, string, string, bool>("JS.SavePersistedState", (_, _, _) => true);
        connection.On<string>("JS.Error", error => Fail($"the server ended the circuit (JS.Error): {FirstLine(error)}"));
        connection.Closed += error =>
        {
            if (!closing)
            {
                Fail($"the server closed the connection{(error is null ? string.Empty : $": {FirstLine(error.Message)}")}");
            }

            return Task.CompletedTask;
        };
    }
}
