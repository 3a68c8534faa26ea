using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace OmicsReports.Web.Tests.Browser;

/// <summary>
/// axe-core (the copy bundled with Deque.AxeCore.Commons) run in the page under test, with its default rules, reporting
/// violations only.
/// </summary>
/// <remarks>
/// Deque.AxeCore.Playwright's <c>RunAxe</c> runs axe frame by frame and finishes the run in a blank page of its own;
/// each of those pages starts a Chromium renderer, and on the two-core machine the renderers were most of the CPU time
/// of the accessibility tests (issue 14). The app's pages have no frames, so one <c>axe.run</c> on the document checks
/// the same nodes with the same rules. The script is evaluated through the DevTools protocol, which the page's
/// Content-Security-Policy does not govern, as Deque's runner does.
/// </remarks>
internal static class Axe
{
    private static readonly Lazy<string> Script = new(() => new BundledAxeScriptProvider().GetScript());

    private const string Run = """
        async () => {
          const result = await axe.run(document, { resultTypes: ['violations'] });
          return result.violations.map(v => ({
            id: v.id,
            help: v.help,
            nodes: v.nodes.map(n => ({ target: n.target.map(String), html: n.html })),
          }));
        }
        """;

    /// <summary>Each violation as one readable line: rule, help text and up to three of its nodes.</summary>
    public static async Task<List<string>> ViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(Script.Value);
        }

        // axe checks only the top document here: a frame appearing in the app would go unchecked, so it fails the test.
        var frames = await page.EvaluateAsync<int>("() => document.querySelectorAll('iframe, frame').length");
        Assert.True(frames == 0, $"{page.Url} holds {frames} frame(s); check them with axe as well");

        var violations = await page.EvaluateAsync<JsonElement>(Run);
        return [.. violations.EnumerateArray().Select(v =>
        {
            var nodes = v.GetProperty("nodes").EnumerateArray().Take(3).Select(n =>
            {
                var html = n.GetProperty("html").GetString() ?? string.Empty;
                var target = string.Join(' ', n.GetProperty("target").EnumerateArray().Select(t => t.GetString()));
                return target + " " + (html.Length > 160 ? html[..160] : html);
            });
            return $"{v.GetProperty("id").GetString()}: {v.GetProperty("help").GetString()} ({string.Join(" | ", nodes)})";
        })];
    }
}
