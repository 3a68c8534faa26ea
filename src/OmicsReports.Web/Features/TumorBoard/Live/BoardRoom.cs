namespace OmicsReports.Web.Features.TumorBoard.Live;

/// <summary>The parts of a case in the presentation; one is open at a time, the rest are a key press away.</summary>
public enum BoardSection
{
    /// <summary>The question and the key findings: one screen.</summary>
    Findings,

    /// <summary>Every "why?" open and the finding tables, layer by layer.</summary>
    Details,

    /// <summary>The board's decision on the case.</summary>
    Decision,
}

/// <summary>Which case the presenter shows, which of its sections is open, and a sequence number that orders the moves.</summary>
/// <param name="ItemId">The agenda item on screen; null until the presenter first moves (the first case is shown).</param>
public sealed record BoardPosition(Guid? ItemId, BoardSection Section, long Sequence, string MovedBy)
{
    public static BoardPosition Start { get; } = new(null, BoardSection.Findings, 0, string.Empty);
}

/// <summary>Someone with the presentation open in one browser tab.</summary>
/// <param name="Key">One per open presentation page (a person may have two tabs).</param>
/// <param name="Following">False while they have stepped away to browse on their own.</param>
/// <param name="Connected">False while their browser's connection is down (the circuit may still come back).</param>
public sealed record BoardParticipant(string Key, string UserId, string Name, string Role, bool Following, bool Connected);

/// <summary>
/// The live state of one meeting, shared by every circuit that has its presentation open: the presenter's position and
/// who is present. In memory: it holds no patient data, and a restart only returns the room to the first case. With
/// several app nodes, <see cref="IBoardSync"/> carries the position and each node's pages to the other nodes, which
/// show them beside their own (<see cref="Participants"/>) until that node's rows expire. Events are raised outside
/// the lock; subscribers marshal onto their own circuit with InvokeAsync.
/// </summary>
public sealed partial class BoardRoom(Guid meetingId)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, BoardParticipant> participants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (IReadOnlyList<BoardParticipant> Pages, DateTimeOffset Until)> remote = new(StringComparer.Ordinal);
    private BoardPosition position = BoardPosition.Start;
    private string positionNode = string.Empty;

    public Guid MeetingId { get; } = meetingId;

    /// <summary>Where local changes go to reach the other nodes; nowhere on a single node.</summary>
    internal IBoardSync Sync { get; set; } = IBoardSync.None;

    /// <summary>The presenter moved to another case or opened another section.</summary>
    public event Action<BoardPosition>? Moved;

    /// <summary>Someone joined, left, stepped away, rejoined, or lost or regained their connection.</summary>
    public event Action? PresenceChanged;

    /// <summary>A decision was saved or the agenda changed: screens should read the meeting again.</summary>
    public event Action? MeetingChanged;

    public BoardPosition Position
    {
        get
        {
            lock (gate)
            {
                return position;
            }
        }
    }

    /// <summary>Everyone's pages: this node's and, while their node's rows have not expired, the other nodes'.</summary>
    public IReadOnlyList<BoardParticipant> Participants
    {
        get
        {
            var now = DateTimeOffset.UtcNow;
            lock (gate)
            {
                return participants.Values.Concat(remote.Values.Where(r => r.Until > now).SelectMany(r => r.Pages))
                    .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
            }
        }
    }

    /// <summary>The pages open on this node only: what this node tells the others.</summary>
    public IReadOnlyList<BoardParticipant> LocalParticipants
    {
        get
        {
            lock (gate)
            {
                return participants.Values.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
            }
        }
    }

    /// <summary>Moves everyone who follows. Only <see cref="BoardPresenting"/> calls this, after checking the caller's rights.</summary>
    internal BoardPosition MoveTo(Guid itemId, BoardSection section, string movedBy)
    {
        BoardPosition moved;
        lock (gate)
        {
            moved = position = new BoardPosition(itemId, section, position.Sequence + 1, movedBy);
            positionNode = Sync.Node;
        }

        BoardEvents.Raise(Moved, moved);
        Sync.Changed(this);
        return moved;
    }

    /// <summary>Adds a participant; disposing the result removes them.</summary>
    public IDisposable Enter(BoardParticipant participant)
    {
        ArgumentNullException.ThrowIfNull(participant);
        lock (gate)
        {
            participants[participant.Key] = participant;
        }

        PresenceWasChanged();
        return new Leaving(this, participant.Key);
    }

    public void Update(string key, Func<BoardParticipant, BoardParticipant> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (gate)
        {
            if (!participants.TryGetValue(key, out var current))
            {
                return;
            }

            participants[key] = change(current);
        }

        PresenceWasChanged();
    }

    public void NotifyMeetingChanged()
    {
        BoardEvents.Raise(MeetingChanged);
        Sync.MeetingChanged(this);
    }

    private void PresenceWasChanged()
    {
        BoardEvents.Raise(PresenceChanged);
        Sync.Changed(this);
    }

    private void Leave(string key)
    {
        bool removed;
        lock (gate)
        {
            removed = participants.Remove(key);
        }

        if (removed)
        {
            PresenceWasChanged();
        }
    }

    private sealed class Leaving(BoardRoom room, string key) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                room.Leave(key);
            }
        }
    }
}
