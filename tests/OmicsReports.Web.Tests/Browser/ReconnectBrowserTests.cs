using Microsoft.Playwright;
using OmicsReports.Data;
using OmicsReports.Data.Identity;
using OmicsReports.Testing;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Browser;

/// <summary>A dropped circuit must tell the user what is happening, then recover when the network returns.</summary>
[Collection(WebBrowserCollection.Name)]
public class ReconnectBrowserTests(OmicsWebFactory app) : IAsyncLifetime
{
    private IPlaywright playwright = default!;
    private IBrowser browser = default!;

    public async Task InitializeAsync() => (playwright, browser) = await Chromium.LaunchAsync();

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }

    [Fact]
    public async Task DroppedConnection_ShowsReconnectingMessage_AndRecoversWhenNetworkReturns()
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        // Proxy the circuit's WebSocket so the test can cut it, and refuse reconnection attempts while "offline".
        var online = true;
        IWebSocketRoute? circuit = null;
        await page.RouteWebSocketAsync("**/_blazor**", socket =>
        {
            if (!online)
            {
                _ = socket.CloseAsync();
                return;
            }

            socket.ConnectToServer();
            circuit = socket;
        });
        await page.RouteAsync("**/_blazor/negotiate**", route => online ? route.ContinueAsync() : route.AbortAsync());
        await page.GotoAsync("/Account/Login?returnUrl=%2Fpatients");
        await page.GetByLabel("Email").FillAsync(DemoOptions.EmailFor(Roles.Pathologist));
        await page.GetByLabel("Password").FillAsync(OmicsWebFactory.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.Locator("[data-omics-interactive=true]").WaitForAsync();
        var modal = page.Locator("#components-reconnect-modal");
        await Assertions.Expect(modal).ToBeHiddenAsync();
        // The script is the SDK's own .NET 10 one: it reports reconnection states to the page.
        Assert.True(await page.EvaluateAsync<bool>("() => typeof Blazor.resumeCircuit === 'function'"));

        online = false;
        await circuit!.CloseAsync();

        // The .NET 10 script reports the drop; the dialog says what happened and what it is doing about it.
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Connection to the server lost" });
        await Assertions.Expect(dialog).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Assertions.Expect(dialog).ToContainTextAsync("Reconnecting");
        await Assertions.Expect(dialog).ToContainTextAsync("Nothing you typed is lost");
        await Assertions.Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "Reload the page" })).ToBeVisibleAsync();

        online = true;

        await Assertions.Expect(modal).ToBeHiddenAsync(new() { Timeout = 30_000 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show dates of birth" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Date of birth" })).ToBeVisibleAsync();
        await context.CloseAsync();
    }
}
