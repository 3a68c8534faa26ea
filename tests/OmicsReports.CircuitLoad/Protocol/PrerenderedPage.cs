using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OmicsReports.CircuitLoad.Protocol;

/// <summary>
/// What blazor.web.js reads from a prerendered page before it opens a circuit: the server component markers
/// (<c>&lt;!--Blazor:{...}--&gt;</c>, in document order; end markers carry only a prerender id) and the persisted
/// component state (<c>&lt;!--Blazor-Server-Component-State:...--&gt;</c>).
/// </summary>
internal sealed partial class PrerenderedPage
{
    private PrerenderedPage(IReadOnlyList<JsonObject> markers, string state, string? title)
    {
        Markers = markers;
        State = state;
        Title = title;
    }

    /// <summary>The start markers of the server components, as the JSON objects the page holds.</summary>
    public IReadOnlyList<JsonObject> Markers { get; }

    public string State { get; }

    public string? Title { get; }

    public static PrerenderedPage Parse(string html)
    {
        var markers = new List<JsonObject>();
        foreach (Match match in Marker().Matches(html))
        {
            var marker = JsonNode.Parse(match.Groups["json"].Value)?.AsObject()
                         ?? throw new InvalidDataException("an empty Blazor component marker");
            if (marker["type"]?.GetValue<string>() == "server")
            {
                markers.Add(marker);
            }
        }

        var state = StatePattern().Match(html);
        var title = TitlePattern().Match(html);
        return new PrerenderedPage(markers, state.Success ? state.Groups["state"].Value : string.Empty,
            title.Success ? WebUtility.HtmlDecode(title.Groups["title"].Value) : null);
    }

    /// <summary>
    /// The UpdateRootComponents operations that add every server component, numbered from 1 in document order, each
    /// with the marker it was found with and a unique id, as blazor.web.js builds them.
    /// </summary>
    public string AddOperations(int batchId)
    {
        var operations = new JsonArray();
        for (var i = 0; i < Markers.Count; i++)
        {
            var marker = Markers[i].DeepClone().AsObject();
            marker["uniqueId"] = i;
            operations.Add(new JsonObject { ["type"] = "add", ["ssrComponentId"] = i + 1, ["marker"] = marker });
        }

        return new JsonObject { ["batchId"] = batchId, ["operations"] = operations }.ToJsonString(JsonSerializerOptions.Default);
    }

    [GeneratedRegex(@"<!--Blazor:(?<json>\{.*?\})-->", RegexOptions.Singleline)]
    private static partial Regex Marker();

    [GeneratedRegex(@"<!--Blazor-Server-Component-State:(?<state>[A-Za-z0-9+/=]+)-->")]
    private static partial Regex StatePattern();

    [GeneratedRegex(@"<title>(?<title>[^<]*)</title>")]
    private static partial Regex TitlePattern();
}
