using Microsoft.Extensions.Options;
using OmicsReports.Web.Hosting;
using StackExchange.Redis;

namespace OmicsReports.Web.Features.TumorBoard.Live;

/// <summary>
/// Joins the rooms of several app nodes into one meeting over Redis pub/sub: each local change is published at once,
/// and every node repeats its state each heartbeat, so a node that dies is forgotten when its rows expire, and a node
/// that opens a room learns the position from the others. While Redis is unreachable every node carries on with its
/// own people and <see cref="BoardRooms.SyncInterrupted"/> says so; when Redis returns, each node publishes its state again.
/// </summary>
internal sealed partial class RedisBoardSync(BoardRooms rooms, IOptions<BoardSyncOptions> options, NodeIdentity identity, ILogger<RedisBoardSync> logger)
    : IBoardSync, IHostedService, IAsyncDisposable
{
    private readonly BoardSyncOptions settings = options.Value;
    private readonly CancellationTokenSource stopping = new();
    private readonly Lock linkGate = new();
    private ConnectionMultiplexer? redis;
    private Task? heartbeat;
    private volatile bool subscribed;

    public string Node => identity.Name;

    private RedisChannel Channel => RedisChannel.Literal(settings.Channel);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var configuration = ConfigurationOptions.Parse(settings.Configuration);
        // Start and keep running without Redis; commands fail at once while it is away instead of queueing stale news.
        configuration.AbortOnConnectFail = false;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ReconnectRetryPolicy = new LinearRetry(1000);
        configuration.ConnectTimeout = Math.Min(configuration.ConnectTimeout, 3000);
        configuration.ClientName ??= $"omics-{Node}";
        redis = await ConnectionMultiplexer.ConnectAsync(configuration);
        redis.ConnectionFailed += (_, _) => CheckLink();
        redis.ConnectionRestored += (_, _) => CheckLink();
        rooms.Attach(this);
        await SubscribeAsync();
        CheckLink();
        heartbeat = BeatAsync(stopping.Token);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync();
        if (heartbeat is not null)
        {
            await heartbeat.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public void Changed(BoardRoom room)
    {
        var (position, positionNode) = room.PositionAndNode;
        Publish(new BoardMessage(BoardMessage.StateKind, Node, room.MeetingId, position, positionNode, room.LocalParticipants));
    }

    public void MeetingChanged(BoardRoom room) => Publish(new BoardMessage(BoardMessage.MeetingKind, Node, room.MeetingId, null, null, null));

    public void Opened(BoardRoom room) => Publish(new BoardMessage(BoardMessage.HelloKind, Node, room.MeetingId, null, null, null));

    private void Receive(string? json)
    {
        if (BoardMessage.FromJson(json) is not { } message || message.Node == Node || !rooms.TryGet(message.Meeting, out var room))
        {
            return;
        }

        switch (message.Kind)
        {
            case BoardMessage.StateKind:
                if (message.Position is { Sequence: > 0 } position)
                {
                    room.ApplyRemote(position, message.PositionNode ?? message.Node);
                }

                room.ApplyRemote(message.Node, message.Pages ?? [], DateTimeOffset.UtcNow + settings.Expiry);
                break;
            case BoardMessage.MeetingKind:
                room.ApplyRemoteMeetingChanged();
                break;
            case BoardMessage.HelloKind:
                Changed(room);
                break;
        }
    }

    private void Publish(BoardMessage message)
    {
        if (redis is not { IsConnected: true })
        {
            return;
        }

        try
        {
            redis.GetSubscriber().Publish(Channel, message.ToJson(), CommandFlags.FireAndForget);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException)
        {
            // The link just went down; the heartbeat notices and republishes when it returns.
            LinkLost(logger, ex.GetType().Name);
        }
    }

    private async Task SubscribeAsync()
    {
        if (subscribed || redis is not { IsConnected: true })
        {
            return;
        }

        try
        {
            await redis.GetSubscriber().SubscribeAsync(Channel, (_, value) => Receive(value));
            subscribed = true;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            LinkLost(logger, ex.GetType().Name);
        }
    }

    /// <summary>Sets the notice from the link's state; on the way back up, tells the others everything this node has.</summary>
    private void CheckLink()
    {
        bool up, wasInterrupted;
        lock (linkGate)
        {
            up = subscribed && redis is { IsConnected: true };
            wasInterrupted = rooms.SyncInterrupted;
            rooms.SetInterrupted(!up);
        }

        if (up && wasInterrupted)
        {
            LinkRestored(logger);
            foreach (var room in rooms.All)
            {
                Changed(room);
                Opened(room);
            }
        }
        else if (!up && !wasInterrupted)
        {
            LinkLost(logger, "connection failed");
        }
    }

    private async Task BeatAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(settings.Heartbeat);
        while (await TickAsync(timer, cancellationToken))
        {
            await SubscribeAsync();
            CheckLink();
            var now = DateTimeOffset.UtcNow;
            foreach (var room in rooms.All)
            {
                room.Expire(now);
                if (room.LocalParticipants.Count > 0)
                {
                    Changed(room);
                }
            }
        }
    }

    private static async Task<bool> TickAsync(PeriodicTimer timer, CancellationToken cancellationToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        stopping.Dispose();
        if (redis is not null)
        {
            await redis.DisposeAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live sync between app nodes (Redis) is interrupted: {Reason}. Boards follow people on this node only.")]
    private static partial void LinkLost(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Live sync between app nodes (Redis) is back; this node's boards were republished.")]
    private static partial void LinkRestored(ILogger logger);
}
