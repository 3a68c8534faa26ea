namespace OmicsReports.Web.Features.TumorBoard.Live;

/// <summary>
/// How the nodes of a cluster share live tumour boards (section <c>Omics:Redis</c>). Without a configuration the app
/// runs as a single node and needs no Redis.
/// </summary>
public sealed record BoardSyncOptions
{
    public const string Section = "Omics:Redis";

    /// <summary>A StackExchange.Redis configuration string, such as <c>127.0.0.1:6379</c>; empty turns the link off.</summary>
    public string Configuration { get; init; } = string.Empty;

    /// <summary>The pub/sub channel; nodes of one installation share it, another installation on the same Redis uses another.</summary>
    public string Channel { get; init; } = "omics:board";

    /// <summary>How often each node repeats what it has; a node silent for three beats is taken as gone and its rows dropped.</summary>
    public double HeartbeatSeconds { get; init; } = 2;

    public TimeSpan Heartbeat => TimeSpan.FromSeconds(HeartbeatSeconds);

    public TimeSpan Expiry => TimeSpan.FromSeconds(HeartbeatSeconds * 3 + 1);
}
