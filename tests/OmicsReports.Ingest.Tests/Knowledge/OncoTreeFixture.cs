using System.Text.Json;
using OmicsReports.Domain.Knowledge;
using OmicsReports.Testing;

namespace OmicsReports.Ingest.Tests.Knowledge;

/// <summary>
/// The OncoTree 2025-10-03 release from the shared corpus as a <see cref="TumorTypeTree"/>: a nested JSON of nodes
/// whose "children" is an object keyed by code.
/// </summary>
public static class OncoTreeFixture
{
    private static readonly Lazy<TumorTypeTree> Tree = new(Load);

    public static TumorTypeTree Current => Tree.Value;

    private static TumorTypeTree Load()
    {
        using var stream = File.OpenRead(TestData.Path("oncotree", "oncotree_2025_10_03.json"));
        using var document = JsonDocument.Parse(stream);
        var nodes = new List<TumorTypeNode>();
        foreach (var root in document.RootElement.EnumerateObject())
        {
            Walk(root.Value, null, nodes);
        }

        return new TumorTypeTree(nodes);
    }

    private static void Walk(JsonElement node, string? parent, List<TumorTypeNode> nodes)
    {
        var code = node.GetProperty("code").GetString()!;
        nodes.Add(new TumorTypeNode(code, node.GetProperty("name").GetString()!, parent));
        if (node.TryGetProperty("children", out var children) && children.ValueKind == JsonValueKind.Object)
        {
            foreach (var child in children.EnumerateObject())
            {
                Walk(child.Value, code, nodes);
            }
        }
    }
}
