using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using OmicsReports.Reporting.Tests.Interop;

namespace OmicsReports.Web.Tests.Delivery;

/// <summary>What the npm MLLP receiver printed for one message it acknowledged.</summary>
internal sealed record MllpReceived(string? ControlId, string? MessageType, string? Version, string? PatientId, IReadOnlyList<string> Segments, int EdObservations, string Answer);

/// <summary>
/// A real MLLP receiver from the npm registry (node-hl7-server, tests/interop-tools/mllp-receiver.mjs) on a free
/// loopback port. The first <c>rejections</c> messages are answered AE, the rest AA. Stopped when disposed.
/// </summary>
internal sealed class MllpReceiver : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Process node;
    private readonly ConcurrentQueue<MllpReceived> received = new();
    private readonly TaskCompletionSource listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private MllpReceiver(Process node, int port)
    {
        this.node = node;
        Port = port;
    }

    public int Port { get; }

    public IReadOnlyList<MllpReceived> Received => [.. received];

    public static async Task<MllpReceiver> StartAsync(int rejections = 0)
    {
        var script = Path.Combine(InteropTools.Folder, "mllp-receiver.mjs");
        if (!Directory.Exists(Path.Combine(InteropTools.Folder, "node_modules", "node-hl7-server")))
        {
            throw new InvalidOperationException("node-hl7-server is missing: run '. scripts/lib/common.sh && omics_install_interop_tools'.");
        }

        var port = FreePort();
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        start.ArgumentList.Add(rejections.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var receiver = new MllpReceiver(Process.Start(start) ?? throw new InvalidOperationException("node did not start."), port);
        receiver.node.OutputDataReceived += (_, e) => receiver.OnLine(e.Data);
        receiver.node.BeginOutputReadLine();
        receiver.node.BeginErrorReadLine();
        await receiver.listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
        return receiver;
    }

    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private void OnLine(string? line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return;
        }

        using var json = JsonDocument.Parse(line);
        if (json.RootElement.TryGetProperty("listening", out _))
        {
            listening.TrySetResult();
            return;
        }

        received.Enqueue(json.RootElement.Deserialize<MllpReceived>(Json)!);
    }

    public async ValueTask DisposeAsync()
    {
        if (!node.HasExited)
        {
            node.StandardInput.Close();
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await node.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                node.Kill(entireProcessTree: true);
            }
        }

        node.Dispose();
    }
}
