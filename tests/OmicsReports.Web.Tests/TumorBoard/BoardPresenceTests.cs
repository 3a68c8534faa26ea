using OmicsReports.Web.Features.TumorBoard.Live;

namespace OmicsReports.Web.Tests.TumorBoard;

/// <summary>The presence list's rows: one per person, the presenter first and presenting, no disconnected ghosts.</summary>
public class BoardPresenceTests
{
    private const string Presenter = "u-presenter";

    [Fact]
    public void Reconnect_ReplacesTheOldRow_AndTheLostConnectionIsNotListed()
    {
        // A reload: the old circuit waits, disconnected, while the new page has entered.
        var pages = new[]
        {
            Page("old", "u-guest", "Dr. Guest", following: true, connected: false),
            Page("new", "u-guest", "Dr. Guest", following: true, connected: true),
            Page("p", Presenter, "Dr. Presenter", following: true, connected: true),
        };

        var people = BoardPresence.People(pages, Presenter);

        Assert.Equal(
            [new PresentPerson(Presenter, "Dr. Presenter", "Oncologist", PresenceState.Presenting), new PresentPerson("u-guest", "Dr. Guest", "Oncologist", PresenceState.Following)],
            people);
    }

    [Fact]
    public void TwoTabs_AreOnePerson_FollowingWhileEitherFollows()
    {
        var people = BoardPresence.People(
            [Page("a", "u1", "Dr. A", following: false, connected: true), Page("b", "u1", "Dr. A", following: true, connected: true)], Presenter);

        Assert.Equal(PresenceState.Following, Assert.Single(people).State);
    }

    [Fact]
    public void OnlyDisconnectedPages_LeaveThePersonOut()
    {
        Assert.Empty(BoardPresence.People([Page("a", "u1", "Dr. A", following: true, connected: false)], Presenter));
    }

    [Fact]
    public void PresenterWhoStepsAway_IsBrowsing_AndSortsByName()
    {
        var people = BoardPresence.People(
            [Page("p", Presenter, "Dr. Zed", following: false, connected: true), Page("b", "u2", "Dr. Best", following: true, connected: true)], Presenter);

        Assert.Equal([("Dr. Best", PresenceState.Following), ("Dr. Zed", PresenceState.Browsing)], people.Select(p => (p.Name, p.State)));
    }

    private static BoardParticipant Page(string key, string user, string name, bool following, bool connected) =>
        new(key, user, name, "Oncologist", following, connected);
}
