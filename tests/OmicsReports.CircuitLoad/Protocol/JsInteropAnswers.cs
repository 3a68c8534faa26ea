using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OmicsReports.CircuitLoad.Protocol;

/// <summary>
/// Answers the JS interop calls the server makes into the page (Blazor's own and MudBlazor's). There is no browser, so
/// each answer is a stub: nothing for calls that return nothing, a fresh object reference where one is expected,
/// and a plausible value for the few calls whose value the app reads. A call that expects a value this table does
/// not know is answered with null and counted, so a run shows what the client could not satisfy.
/// </summary>
internal sealed class JsInteropAnswers(string? prerenderedTitle, ConcurrentDictionary<string, int> unsatisfied)
{
    /// <summary>JSCallResultType in Microsoft.JSInterop.</summary>
    private const int ObjectReference = 1;
    private const int StreamReference = 2;
    private const int Void = 3;

    private static readonly HashSet<string> ReturnNothing = new(StringComparer.Ordinal)
    {
        "Blazor._internal.navigationManager.enableNavigationInterception",
        "Blazor._internal.domWrapper.focus",
        "Blazor._internal.domWrapper.focusBySelector",
    };

    /// <summary>An element's box as the browser measures it (MudBlazor's BoundingClientRect), on a 1920×1080 screen.</summary>
    private const string Box = """{"top":100,"left":100,"width":120,"height":36,"right":220,"bottom":136,"x":100,"y":100,"scrollX":0,"scrollY":0,"windowWidth":1920,"windowHeight":1080}""";

    /// <summary>The calls whose value the app reads, with what a desktop browser in UTC would plausibly answer.</summary>
    private static readonly Dictionary<string, string> Values = new(StringComparer.Ordinal)
    {
        // BoardClock: Intl.DateTimeFormat().resolvedOptions()
        ["resolvedOptions"] = """{"locale":"en-GB","calendar":"gregory","numberingSystem":"latn","timeZone":"UTC"}""",
        ["mudElementRef.getBoundingClientRect"] = Box,
        ["mudObserveElementSize"] = Box,
        ["mudGetSvgBBox"] = """{"x":0,"y":0,"width":48,"height":14}""",
        ["mudResizeListener.getBrowserWindowSize"] = """{"width":1920,"height":1080}""",
        ["mudpopoverHelper.countProviders"] = "1",
    };

    private long nextObjectId;

    /// <summary>The .NET object the server gave for dispatching browser events (attachWebRendererInterop).</summary>
    public long? RendererInterop { get; private set; }

    /// <summary>Whether a component listens to location changes before they happen (then OnLocationChanging comes first).</summary>
    public bool HasLocationChangingListeners { get; private set; }

    /// <summary>Returns the JSON of the call's result.</summary>
    public string Answer(string identifier, string? argsJson, int resultType)
    {
        switch (identifier)
        {
            case "Blazor._internal.attachWebRendererInterop":
                RendererInterop = Args(argsJson)?[1]?["__dotNetObject"]?.GetValue<long>();
                return "null";
            case "Blazor._internal.navigationManager.setHasLocationChangingListeners":
                HasLocationChangingListeners = Args(argsJson)?[1]?.GetValue<bool>() ?? false;
                return "null";
            case "Blazor._internal.PageTitle.getAndRemoveExistingTitle":
                return JsonSerializer.Serialize(prerenderedTitle);
            case "Blazor._internal.navigationManager.scrollToElement":
                return "false";
        }

        if (identifier == "mudResizeObserver.connect")
        {
            // One box per observed element (the element references in the arguments).
            var elements = Args(argsJson)?.OfType<JsonArray>().FirstOrDefault(a => a.Count > 0 && a[0] is JsonObject o && o.ContainsKey("__internalId"));
            return $"[{string.Join(',', Enumerable.Repeat(Box, elements?.Count ?? 0))}]";
        }

        if (Values.TryGetValue(identifier, out var value))
        {
            return value;
        }

        if (resultType == ObjectReference)
        {
            return $"{{\"__jsObjectId\":{Interlocked.Increment(ref nextObjectId)}}}";
        }

        if (resultType == Void || resultType == StreamReference || ReturnNothing.Contains(identifier))
        {
            return "null";
        }

        unsatisfied.AddOrUpdate(identifier, 1, (_, n) => n + 1);
        return "null";
    }

    private static JsonArray? Args(string? json) => json is null ? null : JsonNode.Parse(json)?.AsArray();
}
