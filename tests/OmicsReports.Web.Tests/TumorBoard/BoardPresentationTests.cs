using System.Globalization;
using Microsoft.Playwright;
using OmicsReports.Data.Identity;
using OmicsReports.Web.Tests.Browser;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.TumorBoard;

/// <summary>
/// The tumour-board fixes of the walk-through (issue 13, 3.11 and 3.12) in real Chromium: presentation without the
/// navigation on one 1366×768 screen, sections followed live, one presence row per person, no edit form for those
/// who may not edit, times in the user's zone, and a decision list of therapies only.
/// </summary>
[Collection(WebBrowserCollection.Name)]
public sealed class BoardPresentationTests(OmicsWebFactory app) : BrowserSession(app)
{
    [Fact]
    public async Task Presentation_HidesTheNavigation_AndFitsEachCaseOnA1366x768Screen_WithDetailsOnDemand()
    {
        var board = await App.MeetingAsync();
        var page = await Browser.SignedInAsync(App, board.PresenterEmail, 1366, 768);
        await BoardBrowser.OpenPresentationAsync(page, board);

        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Show or hide navigation" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Banner)).ToHaveCountAsync(0);
        var overflows = new List<string>();
        for (var number = 1; number <= board.Cases.Count; number++)
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync($"Case {number} ·");
            await SaveScreenshotAsync(page, $"board-presentation-case-{number}.png");
            // A case whose dose alerts must print each drug's instruction (the colorectal demo) may run longer than one
            // screen; then every section of its key findings must still start on the first screen.
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight - window.innerHeight");
            var lastSection = await page.EvaluateAsync<double>("() => Math.max(0, ...[...document.querySelectorAll('.omics-kf__main h3')].map(h => h.getBoundingClientRect().top))");
            if (overflow > 0 && lastSection > 768)
            {
                overflows.Add($"case {number} needs {overflow} px more and its last section starts at {lastSection} px");
            }

            await page.GetByRole(AriaRole.Button, new() { Name = "Next case" }).ClickAsync();
        }

        Assert.True(overflows.Count == 0, $"At 1366×768: {string.Join("; ", overflows)}.");

        await page.GetByRole(AriaRole.Button, new() { Name = "Details", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Details", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Details", Exact = true, Pressed = true })).ToBeVisibleAsync();
    }

    /// <summary>With OMICS_SCREENSHOTS set (as for ScreenshotTests), keeps what the assertion measured, to look at.</summary>
    private static async Task SaveScreenshotAsync(IPage page, string file)
    {
        if (Environment.GetEnvironmentVariable("OMICS_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, file) });
        }
    }

    [Fact]
    public async Task PresenterOpensASection_ParticipantFollowsIt()
    {
        var board = await App.MeetingAsync(demoCases: [0]);
        var (presenter, participant, _) = await Browser.TwoPeopleAsync(App, board);
        var decision = participant.GetByRole(AriaRole.Heading, new() { Name = "Board decision on case 1" });
        await Assertions.Expect(decision).ToBeHiddenAsync();

        await BoardFollow.WithinLimitAsync(presenter, participant, BoardFollow.Shows("#decision-title", "Board decision on case 1"),
            () => presenter.GetByRole(AriaRole.Button, new() { Name = "Decision", Exact = true }).ClickAsync());
        await Assertions.Expect(decision).ToBeVisibleAsync();
        await Assertions.Expect(participant.GetByRole(AriaRole.Button, new() { Name = "Decision", Exact = true, Pressed = true })).ToBeVisibleAsync();

        await BoardFollow.WithinLimitAsync(presenter, participant, BoardFollow.Hides("#decision-title"),
            () => presenter.GetByRole(AriaRole.Button, new() { Name = "Key findings", Exact = true }).ClickAsync());
        await Assertions.Expect(decision).ToBeHiddenAsync();
        await Assertions.Expect(participant.GetByRole(AriaRole.Button, new() { Name = "Key findings", Exact = true, Pressed = true })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task PresenceList_ShowsOneRowPerPerson_AfterAReconnect_AndThePresenterAsPresenting()
    {
        var board = await App.MeetingAsync(demoCases: [0]);
        var (presenter, participant, _) = await Browser.TwoPeopleAsync(App, board);

        await participant.ReloadAsync();
        await Assertions.Expect(participant.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Case 1 ·");

        var rows = presenter.GetByRole(AriaRole.List, new() { Name = "Connected (2)" }).GetByRole(AriaRole.Listitem);
        await Assertions.Expect(rows).ToHaveCountAsync(2, new() { Timeout = 10_000 });
        await Assertions.Expect(rows.First).ToContainTextAsync("presenting");
        await Assertions.Expect(rows.Nth(1)).ToContainTextAsync("following");
        await Assertions.Expect(presenter.GetByText("connection lost")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task SomeoneWhoMayNotEdit_GetsNoEditForm_ThePresenterDoes()
    {
        var board = await App.MeetingAsync(demoCases: [0]);
        var guest = await App.CreateUserAsync(Roles.Oncologist);
        var page = await Browser.SignedInAsync(App, guest.UserName);

        await GotoInteractiveAsync(page, $"/boards/{board.Id}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Molecular tumour board");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Edit meeting" })).ToHaveCountAsync(0);
        await GotoInteractiveAsync(page, $"/boards/{board.Id}/edit");
        await Assertions.Expect(page.GetByText("Only the meeting's presenter, a pathologist or an administrator may edit this meeting.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save" })).ToHaveCountAsync(0);

        var presenter = await Browser.SignedInAsync(App, board.PresenterEmail);
        await GotoInteractiveAsync(presenter, $"/boards/{board.Id}/edit");
        await Assertions.Expect(presenter.GetByRole(AriaRole.Button, new() { Name = "Save" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task MeetingTime_IsEnteredAndShownInTheUsersZone_AndStoredInUtc()
    {
        var board = await App.MeetingAsync(demoCases: [0]);
        var page = await Browser.SignedInAsync(App, board.PresenterEmail, timeZone: "Europe/Berlin");
        await GotoInteractiveAsync(page, $"/boards/{board.Id}/edit");

        var date = page.GetByLabel("Date (Europe/Berlin)");
        var time = page.GetByLabel("Start (Europe/Berlin)");
        await Assertions.Expect(time).ToHaveValueAsync(TimeZoneInfo.ConvertTime(board.Meeting.ScheduledAt, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")).ToString("HH:mm", CultureInfo.InvariantCulture));
        await date.FillAsync("2027-01-15");
        await time.FillAsync("09:30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await page.WaitForURLAsync($"**/boards/{board.Id}");
        await Assertions.Expect(page.GetByText("2027-01-15 09:30–11:30 Europe/Berlin")).ToBeVisibleAsync();
        Assert.Equal(new DateTimeOffset(2027, 1, 15, 8, 30, 0, TimeSpan.Zero), (await App.ReadMeetingAsync(board.Id)).ScheduledAt);
    }

    [Fact]
    public async Task DecisionList_OffersTherapiesOnly_NoDoseAlerts()
    {
        var board = await App.MeetingAsync(demoCases: [1]); // colorectal: DPYD and UGT1A1 dose alerts
        var page = await Browser.SignedInAsync(App, board.PresenterEmail);
        await BoardBrowser.OpenPresentationAsync(page, board);
        await Assertions.Expect(page.GetByText("DPYD").First).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Decision", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Recommended therapy from the report" }).ClickAsync();
        var options = page.GetByRole(AriaRole.Option);
        await Assertions.Expect(options.First).ToHaveTextAsync("None chosen");

        var names = await options.AllInnerTextsAsync();
        Assert.DoesNotContain(names, n => n.Contains("DPYD", StringComparison.Ordinal) || n.Contains("UGT1A1", StringComparison.Ordinal));
    }
}
