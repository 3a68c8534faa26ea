namespace OmicsReports.Web.Features.TumorBoard.Live;

/// <summary>
/// Carries a room's local changes to the other app nodes. A single node has none (<see cref="None"/>); with Redis
/// configured, <see cref="RedisBoardSync"/> publishes them.
/// </summary>
internal interface IBoardSync
{
    /// <summary>This node's name, which orders simultaneous moves and keys this node's rows on the others.</summary>
    string Node { get; }

    /// <summary>The room's position or this node's pages in it changed.</summary>
    void Changed(BoardRoom room);

    /// <summary>A decision was saved or the agenda changed on this node.</summary>
    void MeetingChanged(BoardRoom room);

    /// <summary>A room was opened on this node: ask the others where the meeting is and who is there.</summary>
    void Opened(BoardRoom room);

    public static IBoardSync None { get; } = new NoSync();

    private sealed class NoSync : IBoardSync
    {
        public string Node => string.Empty;

        public void Changed(BoardRoom room)
        {
        }

        public void MeetingChanged(BoardRoom room)
        {
        }

        public void Opened(BoardRoom room)
        {
        }
    }
}
