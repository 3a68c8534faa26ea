using OmicsReports.Web.Tests.Api;
using OmicsReports.Web.Tests.Browser;
using OmicsReports.Web.Tests.Load;
using OmicsReports.Web.Tests.Sso;
using Xunit.Abstractions;

[assembly: TestCollectionOrderer("OmicsReports.Web.Tests.Infrastructure.LongestFirstOrderer", "OmicsReports.Web.Tests")]

namespace OmicsReports.Web.Tests.Infrastructure;

/// <summary>
/// Starts the longest test collections first. xunit runs as many tests at once as there are cores, and each
/// collection's tests one after another, so a long collection that waits for a free slot ends the run late; started
/// first, the short ones fill the gaps beside it. The order comes from the collections' durations in the test runs
/// (docs/performance.md, "The test suite"); collections not named keep xunit's order after these. More collections at
/// a time were tried on two cores and made the run slower: the load average passed 30 and round trips timed out.
/// </summary>
public sealed class LongestFirstOrderer : ITestCollectionOrderer
{
    private static readonly string[] Longest =
    [
        WebBrowserCollection.Name,
        WebCollection.Name,
        AxePagesCollection.Name,
        ScreenshotCollection.Name,
        SsoCollection.Name,
        CircuitLoadCollection.Name,
        "Test collection for OmicsReports.Web.Tests.Delivery.DeliveryTests",
        AxeReportCollection.Name,
        ApiCollection.Name,
    ];

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections
            .Select((collection, index) => (collection, index, rank: Array.IndexOf(Longest, collection.DisplayName)))
            .OrderBy(c => c.rank < 0 ? int.MaxValue : c.rank)
            .ThenBy(c => c.index)
            .Select(c => c.collection);
}
