using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace OmicsReports.CircuitLoad.Protocol;

/// <summary>
/// A node of the client's model of the page, in Blazor's logical tree: a component's output hangs under a
/// <see cref="ComponentNode"/> (as the browser keeps it between two comments), regions are flattened into their parent.
/// </summary>
internal abstract class DomNode
{
    public DomNode? Parent { get; set; }

    public List<DomNode> Children { get; } = [];

    public abstract void AppendText(StringBuilder text);

    public string Text()
    {
        var text = new StringBuilder();
        AppendText(text);
        return text.ToString();
    }

    public IEnumerable<DomNode> Descendants()
    {
        var stack = new Stack<DomNode>();
        for (var i = Children.Count - 1; i >= 0; i--)
        {
            stack.Push(Children[i]);
        }

        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            for (var i = node.Children.Count - 1; i >= 0; i--)
            {
                stack.Push(node.Children[i]);
            }
        }
    }

    protected void AppendChildren(StringBuilder text)
    {
        foreach (var child in Children)
        {
            child.AppendText(text);
        }
    }
}

internal sealed class ElementNode(string name) : DomNode
{
    public string Name { get; } = name;

    public Dictionary<string, string> Attributes { get; } = new(StringComparer.Ordinal);

    /// <summary>Event name (without "on") to the event handler id the server gave it.</summary>
    public Dictionary<string, ulong> Handlers { get; } = new(StringComparer.Ordinal);

    public string? Attribute(string attribute) => Attributes.GetValueOrDefault(attribute);

    /// <summary>The handler a click on this element reaches: its own or the nearest ancestor's, as events bubble.</summary>
    public ulong? ClickHandler()
    {
        for (DomNode? node = this; node is not null; node = node.Parent)
        {
            if (node is ElementNode element && element.Handlers.TryGetValue("click", out var id))
            {
                return id;
            }
        }

        return null;
    }

    public override void AppendText(StringBuilder text) => AppendChildren(text);

    public override string ToString() => $"<{Name} {string.Join(' ', Attributes.Select(a => $"{a.Key}=\"{a.Value}\""))}>";
}

internal sealed class TextNode(string text) : DomNode
{
    public string Value { get; set; } = text;

    public override void AppendText(StringBuilder text) => text.Append(Value);
}

/// <summary>Raw HTML the server sent as one piece (a MarkupString); its text is what is left without the tags.</summary>
internal sealed partial class MarkupNode(string markup) : DomNode
{
    public string Markup { get; } = markup;

    public override void AppendText(StringBuilder text) => text.Append(WebUtility.HtmlDecode(Tags().Replace(Markup, string.Empty)));

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}

/// <summary>Where a component's output goes: a child component's place in its parent, or a root component's.</summary>
internal sealed class ComponentNode(int componentId) : DomNode
{
    public int ComponentId { get; } = componentId;

    public override void AppendText(StringBuilder text) => AppendChildren(text);
}
