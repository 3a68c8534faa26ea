using Microsoft.Playwright;
using OmicsReports.Data.Identity;
using OmicsReports.Web.Tests.Browser;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.TumorBoard;

/// <summary>Browser steps the board tests share: signing in a test account, two people in one meeting, the details.</summary>
internal static class BoardBrowser
{
    /// <param name="timeZone">The browser's IANA time zone; null keeps the machine's.</param>
    public static async Task<IPage> SignedInAsync(this IBrowser browser, OmicsWebFactory app, string email, int width = 1366, int height = 900, string? timeZone = null)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            TimezoneId = timeZone,
        });
        var page = await context.NewPageAsync();
        await page.SignInThroughFormAsync(email, TestActors.Password);
        return page;
    }

    /// <summary>The presenter and a participant (another oncologist), both with the presentation open and live.</summary>
    public static async Task<(IPage Presenter, IPage Participant, string ParticipantId)> TwoPeopleAsync(
        this IBrowser browser, OmicsWebFactory app, BoardScenario board, int width = 1366, int height = 900)
    {
        var guest = await app.CreateUserAsync(Roles.Oncologist);
        var presenter = await browser.SignedInAsync(app, board.PresenterEmail, width, height);
        var participant = await browser.SignedInAsync(app, guest.UserName, width, height);
        foreach (var page in new[] { presenter, participant })
        {
            await OpenPresentationAsync(page, board);
        }

        return (presenter, participant, guest.UserId);
    }

    /// <summary>Opens the presentation and waits until the circuit and its keyboard listener are live.</summary>
    public static async Task OpenPresentationAsync(IPage page, BoardScenario board)
    {
        await page.GotoAsync($"/boards/{board.Id}/present");
        await page.Locator("[data-omics-interactive=true]").WaitForAsync();
        await Assertions.Expect(page.Locator("#board-slide-title")).ToBeVisibleAsync();
    }

    /// <summary>
    /// Presses the details shortcut until the details show. The key listener is attached just after the circuit turns
    /// interactive, so on a loaded machine the first key press can arrive before it and be lost.
    /// </summary>
    public static async Task OpenDetailsAsync(IPage page)
    {
        var details = page.Locator("#board-details-title");
        for (var attempt = 0; attempt < 5 && !await details.IsVisibleAsync(); attempt++)
        {
            await page.Locator("body").PressAsync("d");
            try
            {
                await details.WaitForAsync(new() { Timeout = 2000 });
            }
            catch (TimeoutException)
            {
                // Not yet: press again.
            }
        }

        await Assertions.Expect(details).ToBeVisibleAsync();
    }
}
