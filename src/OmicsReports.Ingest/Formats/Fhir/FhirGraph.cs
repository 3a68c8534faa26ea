using System.Text.Json;
using OmicsReports.Ingest.Formats.Bundle;
using OmicsReports.Ingest.Formats.Common;
using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Ingest.Formats.Fhir;

/// <summary>One resource of the import: where it is (file, JSON path, line) and how others refer to it.</summary>
internal sealed class FhirNode(InputFile file, string path, JsonElement json, JsonLocations locations)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
    private object? typed;

    public InputFile File => file;

    public string ResourceType { get; } = json.TryGetProperty("resourceType", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : string.Empty;

    public string? Id { get; } = json.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() : null;

    /// <summary>The bundle entry's fullUrl ("urn:uuid:...", "http://example.org/fhir/Patient/p1"), when in a bundle.</summary>
    public string? FullUrl { get; init; }

    public (int Line, int Column) Position => locations[path];

    public Domain.Cases.SourceLocation Location => file.At(Position.Line, Position.Column);

    /// <summary>The resource as a typed record; null with a located "schema" error when an element has the wrong type.</summary>
    public T? As<T>(ImportSession session)
        where T : class
    {
        if (typed is T done)
        {
            return done;
        }

        try
        {
            var result = json.Deserialize<T>(Options);
            typed = result;
            return result;
        }
        catch (JsonException ex)
        {
            var where = path + (ex.Path ?? "$")[1..];
            var (line, column) = locations[where];
            session.Error("schema", file, line, column, $"{where}: the value has the wrong type for FHIR R4.");
            return null;
        }
    }
}

/// <summary>
/// Every FHIR resource of a bundle (or of a folder of resource files), with references resolved the way FHIR says:
/// against entry fullUrls first ("urn:uuid:..."), then as "Type/id" relative references, also when an absolute
/// URL ends in "Type/id". A bundle needs the whole document in memory because any entry may refer to any other.
/// </summary>
internal sealed class FhirGraph
{
    private readonly List<FhirNode> nodes = [];
    private readonly Dictionary<string, FhirNode> byReference = new(StringComparer.Ordinal);

    public IReadOnlyList<FhirNode> Nodes => nodes;

    /// <summary>Parses one JSON file (a Bundle or a single resource) into the graph; false with located errors when it cannot.</summary>
    public bool AddDocument(InputFile file, byte[] bytes, ImportSession session)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(bytes);
            root = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            JsonProblems.Report(ex, file, session);
            return false;
        }

        var locations = JsonLocations.Index(bytes);
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("resourceType", out var type) || type.ValueKind != JsonValueKind.String)
        {
            session.Error("schema", file, 1, 1, "$.resourceType: a FHIR resource or Bundle must name its resourceType.");
            return false;
        }

        if (type.GetString() != "Bundle")
        {
            Add(new FhirNode(file, "$", root, locations));
            return true;
        }

        var bundle = new FhirNode(file, "$", root, locations).As<FhirBundle>(session);
        if (bundle is null)
        {
            return false;
        }

        var entries = bundle.Entry ?? [];
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Resource is { ValueKind: JsonValueKind.Object } resource)
            {
                Add(new FhirNode(file, $"$.entry[{i}].resource", resource, locations) { FullUrl = entries[i].FullUrl });
            }
        }

        return true;
    }

    public FhirNode? Resolve(FhirReference? reference)
    {
        var text = reference?.Reference?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (byReference.TryGetValue(text, out var node))
        {
            return node;
        }

        // "http://example.org/fhir/Observation/genotype" → "Observation/genotype"
        var parts = text.Split('/');
        return parts.Length >= 2 && byReference.TryGetValue($"{parts[^2]}/{parts[^1]}", out var relative) ? relative : null;
    }

    public IEnumerable<FhirNode> OfType(string resourceType) => nodes.Where(n => n.ResourceType == resourceType);

    private void Add(FhirNode node)
    {
        nodes.Add(node);
        if (node.FullUrl is { Length: > 0 } url)
        {
            byReference.TryAdd(url, node);
        }

        if (node.Id is not null)
        {
            byReference.TryAdd($"{node.ResourceType}/{node.Id}", node);
        }
    }
}
