using Microsoft.Playwright;

namespace OmicsReports.Web.Tests.TumorBoard;

/// <summary>
/// Times how long a participant's page takes to show what the presenter did, measured inside the two pages: from the
/// presenter's last click or key press (a capturing listener on the presenter's document; the last, because a key
/// pressed before the page's listener was attached is pressed again) to the first moment the
/// participant's document shows the expected state (a MutationObserver). Both pages live in one Chromium on one
/// machine, so <c>Date.now()</c> is one clock for both.
/// </summary>
/// <remarks>
/// A stopwatch around Playwright's click and <c>Expect</c> also counts the harness: the click's actionability checks
/// and the assertion's polling, which backs off to 500 ms and more between tries. On a busy test machine that alone
/// came to a second, so it measured the harness rather than the board.
/// </remarks>
internal static class BoardFollow
{
    /// <summary>The bound: a participant follows within 1 s.</summary>
    public const double LimitMs = 1000;

    private const string ArmPresenter = """
        () => {
          window.__omicsActedAt = undefined;
          if (!window.__omicsActListening) {
            const stamp = () => { window.__omicsActedAt = Date.now(); };
            document.addEventListener('click', stamp, true);
            document.addEventListener('keydown', stamp, true);
            window.__omicsActListening = true;
          }
        }
        """;

    private const string ArmParticipant = """
        ({ selector, text, hidden }) => {
          const shown = () => {
            const el = document.querySelector(selector);
            const visible = !!el && el.getClientRects().length > 0 && (!text || el.textContent.includes(text));
            return hidden ? !visible : visible;
          };
          if (shown()) return false;
          window.__omicsFollowedAt = undefined;
          window.__omicsFollowObserver?.disconnect();
          const observer = new MutationObserver(() => {
            if (window.__omicsFollowedAt === undefined && shown()) {
              window.__omicsFollowedAt = Date.now();
              observer.disconnect();
            }
          });
          observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
          window.__omicsFollowObserver = observer;
          return true;
        }
        """;

    /// <summary>The participant shows <paramref name="selector"/>, visible and holding <paramref name="text"/> if given.</summary>
    public static object Shows(string selector, string? text = null) => new { selector, text, hidden = false };

    /// <summary>The participant no longer shows <paramref name="selector"/> (absent or not rendered).</summary>
    public static object Hides(string selector) => new { selector, text = (string?)null, hidden = true };

    /// <summary>Runs <paramref name="act"/> on the presenter's page and returns the follow time in milliseconds.</summary>
    public static async Task<double> TimeAsync(IPage presenter, IPage participant, object expected, Func<Task> act)
    {
        await presenter.EvaluateAsync(ArmPresenter);
        Assert.True(await participant.EvaluateAsync<bool>(ArmParticipant, expected), $"The participant already showed {expected} before the presenter acted.");

        await act();
        await participant.WaitForFunctionAsync("() => window.__omicsFollowedAt !== undefined", null, new() { Timeout = 15_000 });

        var acted = await presenter.EvaluateAsync<double?>("() => window.__omicsActedAt ?? null");
        Assert.True(acted is not null, "The presenter's page saw no click or key press.");
        return await participant.EvaluateAsync<double>("() => window.__omicsFollowedAt") - acted.Value;
    }

    /// <summary>Times the follow and fails when it took <see cref="LimitMs"/> or longer.</summary>
    public static async Task WithinLimitAsync(IPage presenter, IPage participant, object expected, Func<Task> act)
    {
        var ms = await TimeAsync(presenter, participant, expected, act);
        Assert.True(ms < LimitMs, $"The participant showed {expected} {ms:F0} ms after the presenter acted.");
    }
}
