using System.Buffers.Binary;
using System.Text;

namespace OmicsReports.CircuitLoad.Protocol;

/// <summary>
/// Reads the binary render batch the server sends in <c>JS.RenderBatch</c>, by the layout blazor.web.js reads
/// (.NET 10): the last 20 bytes are five int32 offsets (updated components, reference frames, disposed component ids,
/// disposed event handler ids, string table); a diff is a component id and 16-byte edits; a frame is 20 bytes (type,
/// then fields that depend on the type); strings are LEB128-length-prefixed UTF-8, found through the table.
/// </summary>
internal sealed class RenderBatch(byte[] data)
{
    public const int FrameSize = 20;
    private const int EditSize = 16;

    private readonly int stringTable = Int(data, data.Length - 4);

    public int DiffCount => Int(data, Int(data, data.Length - 20));

    /// <summary>Offset of the first reference frame; frame <c>i</c> is at <c>FramesStart + i * FrameSize</c>.</summary>
    public int FramesStart => Int(data, data.Length - 16) + 4;

    public int DiffComponentId(int diff) => Int(data, DiffOffset(diff));

    public int EditCount(int diff) => Int(data, DiffOffset(diff) + 4);

    public RenderEdit Edit(int diff, int edit)
    {
        var at = DiffOffset(diff) + 8 + (edit * EditSize);
        return new RenderEdit((EditType)Int(data, at), Int(data, at + 4), Int(data, at + 8), String(Int(data, at + 12)));
    }

    public FrameType Type(int frame) => (FrameType)Int(data, Frame(frame));

    /// <summary>Frames in the subtree of an element, component or region, the frame itself included.</summary>
    public int SubtreeLength(int frame) => Int(data, Frame(frame) + 4);

    public string? ElementName(int frame) => String(Int(data, Frame(frame) + 8));

    /// <summary>The text of a text or markup frame, or the name of an attribute frame.</summary>
    public string? FirstString(int frame) => String(Int(data, Frame(frame) + 4));

    /// <summary>An attribute's value: a string, "" for true, null for false or a value the client is not sent.</summary>
    public string? AttributeValue(int frame) => String(Int(data, Frame(frame) + 8));

    public ulong EventHandlerId(int frame) => BinaryPrimitives.ReadUInt64LittleEndian(data.AsSpan(Frame(frame) + 12));

    public int ComponentId(int frame) => Int(data, Frame(frame) + 8);

    public IEnumerable<ulong> DisposedEventHandlerIds()
    {
        var at = Int(data, data.Length - 8);
        var count = Int(data, at);
        for (var i = 0; i < count; i++)
        {
            yield return BinaryPrimitives.ReadUInt64LittleEndian(data.AsSpan(at + 4 + (i * 8)));
        }
    }

    public IEnumerable<int> DisposedComponentIds()
    {
        var at = Int(data, data.Length - 12);
        var count = Int(data, at);
        for (var i = 0; i < count; i++)
        {
            yield return Int(data, at + 4 + (i * 4));
        }
    }

    private int DiffOffset(int diff) => Int(data, Int(data, data.Length - 20) + 4 + (diff * 4));

    private int Frame(int frame) => FramesStart + (frame * FrameSize);

    private string? String(int index)
    {
        if (index < 0)
        {
            return null;
        }

        var at = Int(data, stringTable + (index * 4));
        var length = 0;
        var shift = 0;
        while (true)
        {
            var b = data[at++];
            length |= (b & 0x7f) << shift;
            if (b < 0x80)
            {
                break;
            }

            shift += 7;
        }

        return Encoding.UTF8.GetString(data, at, length);
    }

    private static int Int(byte[] bytes, int at) => BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(at));
}

/// <summary>One edit of a component's diff; <see cref="Reference"/> is the new frame's index or the move target.</summary>
internal readonly record struct RenderEdit(EditType Type, int SiblingIndex, int Reference, string? RemovedAttributeName);

/// <summary>RenderTreeEditType in Microsoft.AspNetCore.Components.</summary>
internal enum EditType
{
    PrependFrame = 1,
    RemoveFrame = 2,
    SetAttribute = 3,
    RemoveAttribute = 4,
    UpdateText = 5,
    StepIn = 6,
    StepOut = 7,
    UpdateMarkup = 8,
    PermutationListEntry = 9,
    PermutationListEnd = 10,
}

/// <summary>RenderTreeFrameType in Microsoft.AspNetCore.Components (the kinds the client sees).</summary>
internal enum FrameType
{
    Element = 1,
    Text = 2,
    Attribute = 3,
    Component = 4,
    Region = 5,
    ElementReferenceCapture = 6,
    ComponentReferenceCapture = 7,
    Markup = 8,
}
