namespace OmicsReports.Web.Features.TumorBoard.Live;

/// <summary>What a person is doing in the meeting, as the presence list says it.</summary>
public enum PresenceState
{
    Presenting,
    Following,
    Browsing,
}

/// <summary>One row of the presence list: one person, however many tabs or circuits they have open.</summary>
public sealed record PresentPerson(string UserId, string Name, string Role, PresenceState State);

/// <summary>
/// Turns the room's open pages into people. A reload or a reconnect opens a new page while the old circuit waits to
/// expire, and a person may have two tabs: the list still shows them once. Pages whose connection is down are left
/// out, so a closed laptop is not listed as present; the person reappears as soon as any of their pages is connected.
/// </summary>
public static class BoardPresence
{
    /// <param name="presenterUserId">The meeting's presenter, shown as presenting while connected and following.</param>
    public static IReadOnlyList<PresentPerson> People(IReadOnlyList<BoardParticipant> pages, string presenterUserId)
    {
        ArgumentNullException.ThrowIfNull(pages);
        return pages
            .Where(p => p.Connected)
            .GroupBy(p => p.UserId, StringComparer.Ordinal)
            .Select(person =>
            {
                var page = person.First();
                var following = person.Any(p => p.Following);
                var state = !following ? PresenceState.Browsing
                    : string.Equals(person.Key, presenterUserId, StringComparison.Ordinal) ? PresenceState.Presenting
                    : PresenceState.Following;
                return new PresentPerson(person.Key, page.Name, page.Role, state);
            })
            .OrderBy(p => p.State == PresenceState.Presenting ? 0 : 1)
            .ThenBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(p => p.UserId, StringComparer.Ordinal)
            .ToList();
    }
}
