namespace OmicsReports.Web.Features.TumorBoard.Live;

/// <summary>The room's side that other app nodes feed through <see cref="IBoardSync"/>: their moves and their pages.</summary>
public sealed partial class BoardRoom
{
    /// <summary>The position and the node that made it, read together, for publishing.</summary>
    internal (BoardPosition Position, string Node) PositionAndNode
    {
        get
        {
            lock (gate)
            {
                return (position, positionNode);
            }
        }
    }

    /// <summary>
    /// A position made on another node. Sequences order the moves across nodes (each move counts one past the
    /// highest it has seen); equal sequences from two nodes at once are settled by the node's name, the same way on
    /// every node, so all nodes end on the same case.
    /// </summary>
    internal void ApplyRemote(BoardPosition remotePosition, string node)
    {
        ArgumentNullException.ThrowIfNull(remotePosition);
        lock (gate)
        {
            var newer = remotePosition.Sequence > position.Sequence
                || (remotePosition.Sequence == position.Sequence && remotePosition.Sequence > 0 && string.CompareOrdinal(node, positionNode) > 0);
            if (!newer)
            {
                return;
            }

            (position, positionNode) = (remotePosition, node);
        }

        BoardEvents.Raise(Moved, remotePosition);
    }

    /// <summary>Another node's pages in this meeting, shown until <paramref name="until"/> unless that node says more.</summary>
    internal void ApplyRemote(string node, IReadOnlyList<BoardParticipant> pages, DateTimeOffset until)
    {
        ArgumentNullException.ThrowIfNull(pages);
        lock (gate)
        {
            if (pages.Count == 0)
            {
                remote.Remove(node);
            }
            else
            {
                remote[node] = (pages, until);
            }
        }

        BoardEvents.Raise(PresenceChanged);
    }

    /// <summary>Drops the rows of nodes that have not spoken in time (a node that died), so no one stays listed forever.</summary>
    internal void Expire(DateTimeOffset now)
    {
        int removed;
        lock (gate)
        {
            var expired = remote.Where(r => r.Value.Until <= now).Select(r => r.Key).ToList();
            expired.ForEach(node => remote.Remove(node));
            removed = expired.Count;
        }

        if (removed > 0)
        {
            BoardEvents.Raise(PresenceChanged);
        }
    }

    internal void ApplyRemoteMeetingChanged() => BoardEvents.Raise(MeetingChanged);
}
