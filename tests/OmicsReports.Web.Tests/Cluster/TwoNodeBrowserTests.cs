using Microsoft.Playwright;
using OmicsReports.Data.Identity;
using OmicsReports.Web.Tests.Browser;
using OmicsReports.Testing;
using OmicsReports.Web.Tests.Infrastructure;
using OmicsReports.Web.Tests.TumorBoard;
using Xunit.Abstractions;

namespace OmicsReports.Web.Tests.Cluster;

/// <summary>
/// The real cluster on loopback (scripts/cluster.sh: PostgreSQL, Redis, nginx, two nodes) and real Chromium: a
/// presenter pinned to node 1 and a participant pinned to node 2 follow each other within 1 s and see the same presence
/// list; then node 1 is killed, and the presenter lands on node 2 still signed in, and the meeting goes on.
/// </summary>
[Trait(DatabaseMatrix.Trait, DatabaseMatrix.PostgreSqlOnly)]
[Collection(ClusterCollection.Name)]
public sealed class TwoNodeBrowserTests(ClusterFixture fixture, ITestOutputHelper output)
{
    private static readonly TimeSpan FollowLimit = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task PresenterOnNode1_ParticipantOnNode2_FollowWithinASecond_AndSurviveNode1Dying()
    {
        output.WriteLine($"Cluster started: {fixture.StartTimes}");
        var board = fixture.Board;
        var cluster = fixture.Cluster;
        // Each in a context of its own; the two sign in and open the meeting at the same time.
        var pages = await Task.WhenAll(
            OpenOnAsync(fixture.Browser, cluster.Url, "node1", board.PresenterEmail, board),
            OpenOnAsync(fixture.Browser, cluster.Url, "node2", fixture.GuestEmail, board));
        var (presenter, participant) = (pages[0], pages[1]);
        try
        {
            Assert.Equal("node1", await NodeOfAsync(presenter));
            Assert.Equal("node2", await NodeOfAsync(participant));
            await SamePresenceAsync(presenter, participant, 2);

            var latencies = new List<TimeSpan>();
            foreach (var position in new[] { 1, 2, 0, 1, 2 })
            {
                latencies.Add(await MoveAndTimeAsync(presenter, participant, board.Item(position).Label, position));
            }

            output.WriteLine($"Follow latency node1 -> node2 (load average {File.ReadAllText("/proc/loadavg").Trim()}): {string.Join(", ", latencies.Select(l => $"{l.TotalMilliseconds:F0} ms"))}");
            // The median of five moves, so that one move delayed by a scheduler on a shared, loaded machine does
            // not decide; every figure is printed and recorded in docs/performance.md.
            var median = latencies.Order().ElementAt(latencies.Count / 2);
            Assert.True(median <= FollowLimit, $"The participant followed the presenter {median.TotalMilliseconds:F0} ms later (median of five).");

            var navigations = new PageNavigations(presenter);
            await PageSettling.MarkAsync(presenter);
            var killed = navigations.Now;
            cluster.Kill("node1");

            // The presenter's circuit is gone with node 1. Its reconnection reaches node 2 through nginx, which has no
            // such circuit, so the page reloads itself there: once, and still signed in.
            await PageSettling.SettleOnAsync(presenter, navigations, killed, "node2");
            output.WriteLine($"Presenter's navigations after node 1 died: {navigations.Describe(killed)}");
            Assert.Single(navigations.Since(killed));
            Assert.DoesNotContain("/Account/Login", presenter.Url, StringComparison.Ordinal);
            await Assertions.Expect(presenter.Locator("#board-slide-title")).ToBeVisibleAsync();
            // Node 1's rows expire from node 2 after its missed heartbeats; the two lists agree again.
            await SamePresenceAsync(presenter, participant, 2);

            // The meeting goes on: the presenter, now on node 2, moves everyone again.
            var after = await MoveAndTimeAsync(presenter, participant, board.Item(1).Label, 1);
            output.WriteLine($"Follow latency after node 1 died (both on node2): {after.TotalMilliseconds:F0} ms");
            Assert.True(after <= TimeSpan.FromSeconds(5), $"After the failover the participant followed {after.TotalMilliseconds:F0} ms later.");
        }
        finally
        {
            await presenter.Context.CloseAsync();
            await participant.Context.CloseAsync();
        }
    }

    private static async Task<IPage> OpenOnAsync(IBrowser browser, Uri url, string node, string email, BoardScenario board)
    {
        var page = await SignedInOnAsync(browser, url, node, email);
        await BoardBrowser.OpenPresentationAsync(page, board);
        return page;
    }

    /// <summary>A browser pinned to <paramref name="node"/> by the affinity cookie nginx routes on, signed in through the form.</summary>
    private static async Task<IPage> SignedInOnAsync(IBrowser browser, Uri url, string node, string email)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = url.ToString(), ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        await context.AddCookiesAsync([new Cookie { Name = "omics_node", Value = node, Domain = url.Host, Path = "/" }]);
        var page = await context.NewPageAsync();
        await page.SignInThroughFormAsync(email, TestActors.Password);
        return page;
    }

    private static async Task<string?> NodeOfAsync(IPage page) =>
        (await page.Context.CookiesAsync()).FirstOrDefault(c => c.Name == "omics_node")?.Value;

    /// <summary>
    /// The presenter opens a case from the agenda; returns how long after the presenter's screen showed it the
    /// participant's did. Each page notes the moment itself (every 5 ms, on the one machine clock both share), so the
    /// figure is neither the test's polling interval nor the presenter's own click handling.
    /// </summary>
    private static async Task<TimeSpan> MoveAndTimeAsync(IPage presenter, IPage participant, string label, int position)
    {
        const string shownAt = """
            label => new Promise((resolve, reject) => {
              const until = Date.now() + 15000;
              const look = () => document.querySelector('#board-slide-title')?.textContent.includes(label) ? resolve(Date.now())
                : Date.now() > until ? reject(new Error('not shown: ' + label)) : setTimeout(look, 5);
              look();
            })
            """;
        var presenterShown = presenter.EvaluateAsync<double>(shownAt, label);
        var participantShown = participant.EvaluateAsync<double>(shownAt, label);
        await presenter.Locator(".board-rail__case").Nth(position).ClickAsync();
        return TimeSpan.FromMilliseconds(Math.Max(0, await participantShown - await presenterShown));
    }

    /// <remarks>
    /// Polled, not read once: a list can be re-rendered between two reads (a heartbeat, a row replaced after a
    /// reconnect), so the check is that both pages show the same <paramref name="people"/> people at one moment within
    /// 30 s, and the last reading is what a failure reports.
    /// </remarks>
    private static async Task SamePresenceAsync(IPage one, IPage two, int people)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        string[] users;
        do
        {
            users = await Task.WhenAll(new[] { one, two }.Select(async page =>
                string.Join(",", (await page.Locator(".board-presence__item").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.user)")).Order(StringComparer.Ordinal))));
            if (users[0] == users[1] && users[0].Split(',', StringSplitOptions.RemoveEmptyEntries).Length == people)
            {
                return;
            }

            await Task.Delay(200);
        }
        while (DateTime.UtcNow < deadline);

        Assert.Equal(users[0], users[1]);
        Assert.Equal(people, users[0].Split(',', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
