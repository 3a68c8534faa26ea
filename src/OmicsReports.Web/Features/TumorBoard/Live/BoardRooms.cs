using System.Collections.Concurrent;

namespace OmicsReports.Web.Features.TumorBoard.Live;

/// <summary>
/// The coordinator of this node: one <see cref="BoardRoom"/> per meeting, created when first opened (singleton). Rooms
/// are tiny and hold no patient data, so they are kept for the life of the process. With several app nodes, an
/// attached <see cref="IBoardSync"/> (Redis) joins each node's rooms into one meeting; without it, one node is one
/// meeting, which is all a single node needs.
/// </summary>
public sealed class BoardRooms
{
    private readonly ConcurrentDictionary<Guid, BoardRoom> rooms = new();
    private IBoardSync sync = IBoardSync.None;
    private volatile bool interrupted;

    /// <summary>True while the link to the other nodes is down: each node's screens follow only the people on that node.</summary>
    public bool SyncInterrupted => interrupted;

    /// <summary>The link to the other nodes went down or came back.</summary>
    public event Action? SyncChanged;

    public BoardRoom Room(Guid meetingId)
    {
        var created = false;
        var room = rooms.GetOrAdd(meetingId, id =>
        {
            created = true;
            return new BoardRoom(id) { Sync = sync };
        });
        if (created)
        {
            room.Sync.Opened(room);
        }

        return room;
    }

    /// <summary>Every room of this node (for heartbeats and for republishing after the link returns).</summary>
    internal IReadOnlyCollection<BoardRoom> All => [.. rooms.Values];

    internal bool TryGet(Guid meetingId, out BoardRoom room) => rooms.TryGetValue(meetingId, out room!);

    internal void Attach(IBoardSync link)
    {
        sync = link;
        foreach (var room in rooms.Values)
        {
            room.Sync = link;
        }
    }

    internal void SetInterrupted(bool value)
    {
        if (interrupted == value)
        {
            return;
        }

        interrupted = value;
        BoardEvents.Raise(SyncChanged);
    }
}
