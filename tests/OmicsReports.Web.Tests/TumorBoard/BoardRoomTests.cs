using OmicsReports.Web.Features.TumorBoard.Live;

namespace OmicsReports.Web.Tests.TumorBoard;

/// <summary>The in-process coordinator on its own: moves, presence, and subscribers that fail.</summary>
public class BoardRoomTests
{
    private static readonly Guid Item = Guid.NewGuid();

    [Fact]
    public void MoveTo_TellsEverySubscriber_EvenWhenOneThrows()
    {
        var room = new BoardRoom(Guid.NewGuid());
        var heard = new List<BoardPosition>();
        room.Moved += _ => throw new InvalidOperationException("a broken circuit");
        room.Moved += heard.Add;

        var moved = room.MoveTo(Item, BoardSection.Decision, "presenter@test.example");

        Assert.Equal([moved], heard);
        Assert.Equal(new BoardPosition(Item, BoardSection.Decision, 1, "presenter@test.example"), room.Position);
    }

    [Fact]
    public void Enter_Update_Leave_ChangePresenceAndSaySo()
    {
        var room = new BoardRoom(Guid.NewGuid());
        var changes = 0;
        room.PresenceChanged += () => changes++;

        var leaving = room.Enter(new BoardParticipant("k1", "u1", "Dr. A", "Oncologist", Following: true, Connected: true));
        room.Enter(new BoardParticipant("k2", "u2", "Dr. B", "Pathologist", Following: true, Connected: true));
        room.Update("k1", p => p with { Following = false });
        leaving.Dispose();
        leaving.Dispose();

        var left = Assert.Single(room.Participants);
        Assert.Equal("Dr. B", left.Name);
        Assert.Equal(4, changes);
    }

    [Fact]
    public async Task CircuitHandler_MarksItsParticipantsDisconnectedAndBack()
    {
        var room = new BoardRoom(Guid.NewGuid());
        room.Enter(new BoardParticipant("k1", "u1", "Dr. A", "Oncologist", Following: true, Connected: true));
        var handler = new BoardCircuitHandler();
        handler.Track(room, "k1");

        await handler.OnConnectionDownAsync(null!, CancellationToken.None);
        var down = room.Participants.Single().Connected;
        await handler.OnConnectionUpAsync(null!, CancellationToken.None);

        Assert.False(down);
        Assert.True(room.Participants.Single().Connected);
    }

    [Fact]
    public void Rooms_GiveOneRoomPerMeeting()
    {
        var rooms = new BoardRooms();
        var meeting = Guid.NewGuid();

        Assert.Same(rooms.Room(meeting), rooms.Room(meeting));
        Assert.NotSame(rooms.Room(meeting), rooms.Room(Guid.NewGuid()));
    }
}
