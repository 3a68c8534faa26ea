using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OmicsReports.Web.Features.TumorBoard.Live;
using OmicsReports.Web.Hosting;

namespace OmicsReports.Web.Tests.Cluster;

/// <summary>
/// Two nodes' board coordinators (each its own <see cref="BoardRooms"/> and <see cref="RedisBoardSync"/>, as in two
/// app processes) over a real redis-server: moves and presence cross, a node that dies is forgotten, and a Redis
/// outage leaves each node working alone with the notice set, then heals with the state republished.
/// </summary>
public sealed class RedisBoardSyncTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly RedisServer redis = new();
    private readonly Guid meeting = Guid.NewGuid();
    private readonly Guid item = Guid.NewGuid();
    private (BoardRooms Rooms, RedisBoardSync Sync) one;
    private (BoardRooms Rooms, RedisBoardSync Sync) two;

    public async Task InitializeAsync()
    {
        await redis.StartAsync();
        one = await NodeAsync("node1");
        two = await NodeAsync("node2");
    }

    public async Task DisposeAsync()
    {
        foreach (var node in new[] { one, two })
        {
            if (node.Sync is not null)
            {
                await node.Sync.StopAsync(CancellationToken.None);
                await node.Sync.DisposeAsync();
            }
        }

        redis.Dispose();
    }

    [Fact]
    public async Task MoveAndPresence_CrossNodes_AndADeadNodesRowsExpire()
    {
        var room1 = one.Rooms.Room(meeting);
        var room2 = two.Rooms.Room(meeting);
        room1.Enter(Page("k1", "presenter"));
        room2.Enter(Page("k2", "guest"));
        await Until(() => room1.Participants.Count == 2 && room2.Participants.Count == 2);
        Assert.Equal(Keys(room1), Keys(room2));

        var heard = new TaskCompletionSource<BoardPosition>(TaskCreationOptions.RunContinuationsAsynchronously);
        room2.Moved += p => heard.TrySetResult(p);
        var moved = room1.MoveTo(item, BoardSection.Details, "presenter");
        Assert.Equal(moved, await heard.Task.WaitAsync(TimeSpan.FromSeconds(1)));
        Assert.Equal(moved, room2.Position);

        // Node 1 dies without a word: node 2 drops its rows once the heartbeat is missed, not forever.
        await one.Sync.StopAsync(CancellationToken.None);
        await one.Sync.DisposeAsync();
        one = default;
        await Until(() => room2.Participants.Count == 1);
        Assert.Equal(["k2"], Keys(room2));
        Assert.Equal(moved, room2.Position);
    }

    [Fact]
    public async Task RedisDown_EachNodeGoesOnAlone_ThenStateIsRepublished()
    {
        var room1 = one.Rooms.Room(meeting);
        var room2 = two.Rooms.Room(meeting);
        room1.Enter(Page("k1", "presenter"));
        room2.Enter(Page("k2", "guest"));
        await Until(() => room2.Participants.Count == 2);
        Assert.False(one.Rooms.SyncInterrupted);

        redis.Stop();
        await Until(() => one.Rooms.SyncInterrupted && two.Rooms.SyncInterrupted);
        var local = new List<BoardPosition>();
        room1.Moved += local.Add;
        var moved = room1.MoveTo(item, BoardSection.Decision, "presenter");
        Assert.Equal([moved], local);
        Assert.Equal(0, room2.Position.Sequence);
        await Until(() => room2.Participants.Count == 1);

        await redis.StartAsync();
        await Until(() => !one.Rooms.SyncInterrupted && !two.Rooms.SyncInterrupted);
        await Until(() => room2.Position == moved && room2.Participants.Count == 2 && room1.Participants.Count == 2);
    }

    private async Task<(BoardRooms, RedisBoardSync)> NodeAsync(string name)
    {
        var rooms = new BoardRooms();
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Omics:Node:Name"] = name }).Build();
        var sync = new RedisBoardSync(rooms, Options.Create(new BoardSyncOptions { Configuration = redis.Configuration, HeartbeatSeconds = 0.5 }),
            new NodeIdentity(settings), NullLogger<RedisBoardSync>.Instance);
        await sync.StartAsync(CancellationToken.None);
        return (rooms, sync);
    }

    private static BoardParticipant Page(string key, string user) => new(key, user, user, "Oncologist", Following: true, Connected: true);

    private static List<string> Keys(BoardRoom room) => room.Participants.Select(p => p.Key).Order(StringComparer.Ordinal).ToList();

    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The nodes did not get there within 10 s.");
            await Task.Delay(50);
        }
    }
}
