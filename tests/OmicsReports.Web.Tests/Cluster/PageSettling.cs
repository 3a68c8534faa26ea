using System.Diagnostics;
using Microsoft.Playwright;

namespace OmicsReports.Web.Tests.Cluster;

/// <summary>The navigations of a page's main frame, with when they happened: the record a failover is judged on.</summary>
internal sealed class PageNavigations
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly List<(TimeSpan At, string Url)> seen = [];

    public PageNavigations(IPage page)
    {
        page.FrameNavigated += (_, frame) =>
        {
            if (frame == page.MainFrame)
            {
                lock (seen)
                {
                    seen.Add((clock.Elapsed, frame.Url));
                }
            }
        };
    }

    public TimeSpan Now => clock.Elapsed;

    public IReadOnlyList<(TimeSpan At, string Url)> Since(TimeSpan moment)
    {
        lock (seen)
        {
            return seen.Where(n => n.At >= moment).ToList();
        }
    }

    public string Describe(TimeSpan moment) =>
        string.Join("; ", Since(moment).Select(n => $"{(n.At - moment).TotalMilliseconds:F0} ms {n.Url}"));
}

/// <summary>
/// Waits until a page that its node's death made reload itself has settled on another node: a new document (the old
/// one carried a marker), the affinity cookie naming the new node, the circuit interactive, and no navigation for a
/// quiet moment. Only here may a Playwright call die with the page's execution context (the reload ran under it); it is
/// then simply made again. Everything after this step runs on the settled page, where such an error is a failure.
/// </summary>
internal static class PageSettling
{
    private const string Marker = "__omicsBeforeFailover";
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>Marks the page's current document, so that its replacement can be told from it.</summary>
    public static Task MarkAsync(IPage page) => page.EvaluateAsync($"() => {{ window.{Marker} = true; }}");

    public static async Task SettleOnAsync(IPage page, PageNavigations navigations, TimeSpan since, string node)
    {
        var deadline = navigations.Now + Patience;
        var state = "not looked at yet";
        while (true)
        {
            try
            {
                state = await StateAsync(page, navigations, since, node);
                if (state.Length == 0)
                {
                    return;
                }
            }
            catch (PlaywrightException e) when (e.Message.Contains("Execution context was destroyed", StringComparison.Ordinal))
            {
                state = "navigating";
            }

            Assert.True(navigations.Now < deadline,
                $"The page did not settle on {node} within {Patience.TotalSeconds:F0} s ({state}); navigations: {navigations.Describe(since)}.");
            await Task.Delay(100);
        }
    }

    /// <summary>What is still missing, or the empty string when the page has settled.</summary>
    private static async Task<string> StateAsync(IPage page, PageNavigations navigations, TimeSpan since, string node)
    {
        if (await page.EvaluateAsync<bool>($"() => window.{Marker} === true"))
        {
            return "still the old document";
        }

        var cookie = (await page.Context.CookiesAsync()).FirstOrDefault(c => c.Name == "omics_node")?.Value;
        if (cookie != node)
        {
            return $"affinity cookie {cookie}";
        }

        if (await page.Locator("[data-omics-interactive=true]").CountAsync() == 0)
        {
            return "not interactive";
        }

        var seen = navigations.Since(since);
        return seen.Count == 0 ? "no navigation seen"
            : navigations.Now - seen[^1].At < Quiet ? "navigated less than a second ago"
            : string.Empty;
    }
}
