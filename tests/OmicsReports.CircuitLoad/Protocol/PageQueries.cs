namespace OmicsReports.CircuitLoad.Protocol;

/// <summary>
/// What the clinician looks for on the report page, asked of the client's model by role, state and accessible name
/// (the same things the Chromium driver's locators ask of the browser's DOM).
/// </summary>
internal static class PageQueries
{
    /// <summary>The layout's marker that the page runs on a circuit (set when the circuit renders it).</summary>
    public static bool Interactive(DomModel model) =>
        model.Elements().Any(e => e.Name == "main" && e.Attribute("data-omics-interactive") == "true");

    public static string Title(DomModel model) => model.Elements().FirstOrDefault(e => e.Name == "title")?.Text() ?? string.Empty;

    /// <summary>A report is shown: its title names a version and its detail tabs are there.</summary>
    public static bool IsReport(DomModel model) =>
        Title(model).Contains(" · v", StringComparison.Ordinal) && model.Elements().Any(e => e.Attribute("role") == "tab");

    public static IEnumerable<ElementNode> WhyButtons(DomModel model, bool expanded) =>
        model.Elements().Where(e => e.Attribute("aria-label")?.StartsWith("Why?", StringComparison.Ordinal) == true
                                    && e.Attribute("aria-expanded") == (expanded ? "true" : "false"));

    /// <summary>The "Why?" says it is expanded and the content it controls is in the page.</summary>
    public static bool IsExpanded(DomModel model, string label) =>
        WhyButtons(model, expanded: true).Any(b => b.Attribute("aria-label") == label && Controlled(model, b));

    public static IEnumerable<ElementNode> Tabs(DomModel model, bool selected) =>
        model.Elements().Where(e => e.Attribute("role") == "tab" && e.Attribute("aria-selected") == (selected ? "true" : "false"));

    /// <summary>The tab is the selected one and its panel (when the tab names it) is in the page.</summary>
    public static bool IsTabShown(DomModel model, string name) =>
        Tabs(model, selected: true).Any(t => t.Text().Trim() == name && Controlled(model, t));

    private static bool Controlled(DomModel model, ElementNode control) =>
        control.Attribute("aria-controls") is not { Length: > 0 } id || model.Elements().Any(e => e.Attribute("id") == id);
}
