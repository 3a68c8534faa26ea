using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace OmicsReports.Web.Tests.Cluster;

/// <summary>
/// The real two-node cluster of scripts/cluster.sh (Redis, nginx and two app nodes on loopback) over a database the
/// test prepared, on free ports. The PostgreSQL server is the one scripts/test.sh already runs. Stopping sends SIGTERM,
/// so the script stops everything it started.
/// </summary>
public sealed class ClusterProcess : IAsyncDisposable
{
    private readonly Process script;
    private readonly string runFolder;

    private ClusterProcess(Process script, string runFolder, Uri url, Uri node2)
    {
        this.script = script;
        this.runFolder = runFolder;
        Url = url;
        Node2 = node2;
    }

    /// <summary>nginx, in front of both nodes.</summary>
    public Uri Url { get; }

    /// <summary>Node 2 itself, not through nginx (the browser test kills node 1, never node 2).</summary>
    public Uri Node2 { get; }

    public static async Task<ClusterProcess> StartAsync(string database, string demoPassword)
    {
        var root = RepositoryRoot();
        var start = new ProcessStartInfo(Path.Combine(root, "scripts", "cluster.sh"))
        {
            ArgumentList = { "--no-build" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["OMICS_CLUSTER_PORT"] = FreePort();
        start.Environment["OMICS_NODE1_PORT"] = FreePort();
        var node2 = FreePort();
        start.Environment["OMICS_NODE2_PORT"] = node2;
        start.Environment["OMICS_REDIS_PORT"] = FreePort();
        start.Environment["OMICS_CLUSTER_DB"] = database;
        start.Environment["Omics__Demo__Password"] = demoPassword;
        // The cluster's tests export no PDF: the nodes need not start Chromium to have it warm.
        start.Environment["Omics__Pdf__WarmUpOnStart"] = "false";
        var script = Process.Start(start) ?? throw new InvalidOperationException("scripts/cluster.sh did not start.");
        var url = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var log = new System.Text.StringBuilder();
        script.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.StartsWith("OMICS_CLUSTER_URL=", StringComparison.Ordinal) == true)
            {
                url.TrySetResult(new Uri(e.Data["OMICS_CLUSTER_URL=".Length..]));
            }
        };
        script.ErrorDataReceived += (_, e) =>
        {
            lock (log)
            {
                log.AppendLine(e.Data);
            }
        };
        script.BeginOutputReadLine();
        script.BeginErrorReadLine();
        var exited = script.WaitForExitAsync();
        if (await Task.WhenAny(url.Task, exited, Task.Delay(TimeSpan.FromMinutes(5))) != url.Task)
        {
            lock (log)
            {
                throw new InvalidOperationException($"scripts/cluster.sh did not print its URL:\n{log}");
            }
        }

        var state = Environment.GetEnvironmentVariable("OMICS_DATA") is { Length: > 0 } data ? data : Path.Combine(root, ".omics");
        return new ClusterProcess(script, Path.Combine(state, "cluster"), await url.Task, new Uri($"http://127.0.0.1:{node2}"));
    }

    /// <summary>Kills a node at once (SIGKILL), as a crash or a pulled plug would.</summary>
    public void Kill(string node)
    {
        var pid = int.Parse(File.ReadAllText(Path.Combine(runFolder, $"{node}.pid")).Trim(), CultureInfo.InvariantCulture);
        using var process = Process.GetProcessById(pid);
        process.Kill();
        process.WaitForExit(10_000);
    }

    public async ValueTask DisposeAsync()
    {
        if (!script.HasExited)
        {
            using var term = Process.Start("kill", ["-TERM", script.Id.ToString(CultureInfo.InvariantCulture)]);
            await term!.WaitForExitAsync();
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await script.WaitForExitAsync(patience.Token);
        }

        script.Dispose();
    }

    private static string FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "scripts", "cluster.sh")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("scripts/cluster.sh not found above the test's folder.");
    }
}
