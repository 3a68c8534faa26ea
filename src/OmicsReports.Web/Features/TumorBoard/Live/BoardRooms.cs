using System.Collections.Concurrent;

namespace OmicsReports.Web.Features.TumorBoard.Live;

/// <summary>
/// The in-process coordinator: one <see cref="BoardRoom"/> per meeting, created when first opened (singleton). Rooms
/// are tiny and hold no patient data, so they are kept for the life of the process. Several app instances behind a
/// load balancer would each have their own rooms: live following needs sticky sessions and one instance per meeting.
/// </summary>
public sealed class BoardRooms
{
    private readonly ConcurrentDictionary<Guid, BoardRoom> rooms = new();

    public BoardRoom Room(Guid meetingId) => rooms.GetOrAdd(meetingId, id => new BoardRoom(id));
}
