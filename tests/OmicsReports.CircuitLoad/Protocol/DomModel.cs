namespace OmicsReports.CircuitLoad.Protocol;

/// <summary>
/// The page as the client knows it from the render batches: a tree per root component, kept up to date by applying
/// each batch's edits the way the browser's renderer does (insert, remove, set and remove attributes, update text and
/// markup, step in and out, permute). Not thread-safe: the connection applies batches one at a time and readers lock
/// on the model.
/// </summary>
internal sealed class DomModel
{
    private readonly Dictionary<int, ComponentNode> components = [];
    private readonly List<ComponentNode> roots = [];
    private readonly Dictionary<ulong, ElementNode> handlerOwners = [];

    /// <summary>Render batches applied so far.</summary>
    public int Batches { get; private set; }

    /// <summary>The server attached a root component (JS.AttachComponent): its output starts empty.</summary>
    public void AttachRoot(int componentId)
    {
        var root = new ComponentNode(componentId);
        components[componentId] = root;
        roots.Add(root);
    }

    public IEnumerable<ElementNode> Elements() => roots.SelectMany(r => r.Descendants()).OfType<ElementNode>();

    public void Apply(RenderBatch batch)
    {
        for (var diff = 0; diff < batch.DiffCount; diff++)
        {
            ApplyDiff(batch, diff);
        }

        foreach (var id in batch.DisposedEventHandlerIds())
        {
            if (handlerOwners.Remove(id, out var owner))
            {
                foreach (var name in owner.Handlers.Where(h => h.Value == id).Select(h => h.Key).ToList())
                {
                    owner.Handlers.Remove(name);
                }
            }
        }

        foreach (var id in batch.DisposedComponentIds())
        {
            components.Remove(id);
        }

        Batches++;
    }

    private void ApplyDiff(RenderBatch batch, int diff)
    {
        var componentId = batch.DiffComponentId(diff);
        DomNode parent = components.TryGetValue(componentId, out var container)
            ? container
            : throw new InvalidDataException($"render batch updates component {componentId}, which the client has not seen");
        List<(int From, int To)>? permutation = null;
        for (var i = 0; i < batch.EditCount(diff); i++)
        {
            var edit = batch.Edit(diff, i);
            switch (edit.Type)
            {
                case EditType.PrependFrame:
                    Insert(batch, parent, edit.SiblingIndex, edit.Reference);
                    break;
                case EditType.RemoveFrame:
                    parent.Children.RemoveAt(edit.SiblingIndex);
                    break;
                case EditType.SetAttribute:
                    SetAttribute((ElementNode)parent.Children[edit.SiblingIndex], batch, edit.Reference);
                    break;
                case EditType.RemoveAttribute:
                    var element = (ElementNode)parent.Children[edit.SiblingIndex];
                    var name = edit.RemovedAttributeName ?? string.Empty;
                    element.Attributes.Remove(name);
                    element.Handlers.Remove(name.StartsWith("on", StringComparison.Ordinal) ? name[2..] : name);
                    break;
                case EditType.UpdateText:
                    ((TextNode)parent.Children[edit.SiblingIndex]).Value = batch.FirstString(edit.Reference) ?? string.Empty;
                    break;
                case EditType.UpdateMarkup:
                    parent.Children.RemoveAt(edit.SiblingIndex);
                    Insert(batch, parent, edit.SiblingIndex, edit.Reference);
                    break;
                case EditType.StepIn:
                    parent = parent.Children[edit.SiblingIndex];
                    break;
                case EditType.StepOut:
                    parent = parent.Parent ?? throw new InvalidDataException("render batch steps out of its component");
                    break;
                case EditType.PermutationListEntry:
                    (permutation ??= []).Add((edit.SiblingIndex, edit.Reference));
                    break;
                case EditType.PermutationListEnd:
                    var before = parent.Children.ToArray();
                    foreach (var (from, to) in permutation ?? [])
                    {
                        parent.Children[to] = before[from];
                    }

                    permutation = null;
                    break;
                default:
                    throw new InvalidDataException($"unknown edit type {(int)edit.Type}");
            }
        }
    }

    /// <summary>Inserts a frame at a child index; returns how many logical children it added (a region adds its own).</summary>
    private int Insert(RenderBatch batch, DomNode parent, int index, int frame)
    {
        switch (batch.Type(frame))
        {
            case FrameType.Element:
                var element = new ElementNode(batch.ElementName(frame) ?? string.Empty);
                Add(parent, index, element);
                var end = frame + batch.SubtreeLength(frame);
                var child = frame + 1;
                for (; child < end && batch.Type(child) == FrameType.Attribute; child++)
                {
                    SetAttribute(element, batch, child);
                }

                InsertRange(batch, element, 0, child, end);
                return 1;
            case FrameType.Text:
                Add(parent, index, new TextNode(batch.FirstString(frame) ?? string.Empty));
                return 1;
            case FrameType.Markup:
                Add(parent, index, new MarkupNode(batch.FirstString(frame) ?? string.Empty));
                return 1;
            case FrameType.Component:
                var component = new ComponentNode(batch.ComponentId(frame));
                components[component.ComponentId] = component;
                Add(parent, index, component);
                return 1;
            case FrameType.Region:
                return InsertRange(batch, parent, index, frame + 1, frame + batch.SubtreeLength(frame));
            default:
                return 0; // reference captures, named events, render modes: nothing in the page
        }
    }

    private int InsertRange(RenderBatch batch, DomNode parent, int index, int start, int end)
    {
        var first = index;
        for (var frame = start; frame < end; frame++)
        {
            index += Insert(batch, parent, index, frame);
            if (batch.Type(frame) is FrameType.Element or FrameType.Component or FrameType.Region)
            {
                frame += batch.SubtreeLength(frame) - 1;
            }
        }

        return index - first;
    }

    private void SetAttribute(ElementNode element, RenderBatch batch, int frame)
    {
        var name = batch.FirstString(frame) ?? string.Empty;
        var handler = batch.EventHandlerId(frame);
        if (handler != 0)
        {
            element.Handlers[name.StartsWith("on", StringComparison.Ordinal) ? name[2..] : name] = handler;
            handlerOwners[handler] = element;
            return;
        }

        if (batch.AttributeValue(frame) is { } value)
        {
            element.Attributes[name] = value;
        }
        else
        {
            element.Attributes.Remove(name);
        }
    }

    private static void Add(DomNode parent, int index, DomNode node)
    {
        node.Parent = parent;
        parent.Children.Insert(index, node);
    }
}
