using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Ingest.Formats.Bundle;

/// <summary>
/// Validates a bundle against the published JSON Schema (docs/schemas/case-bundle.schema.json, embedded in this
/// assembly) with JsonSchema.Net before anything is mapped, so a null where an object belongs, a wrong type, an empty
/// identifier or a value out of range is a located schema error rather than an exception or a silently odd case.
/// The schema's "items" keyword applies each list's item schema to every element on its own, so the document is
/// evaluated as the root (lists' items set to true) plus every element against its item schema (carrying the root's
/// $defs): the same verdicts, but the elements of a 100,000-variant list are checked in parallel and the detailed
/// (slower) output is computed only for the parts that failed.
/// </summary>
internal static class CaseBundleSchema
{
    /// <summary>Lists shorter than this are checked on the calling thread.</summary>
    private const int ParallelFrom = 4096;

    private static readonly Lazy<Schemas> Loaded = new(Load);

    private static readonly EvaluationOptions Quick = new() { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true };

    private static readonly EvaluationOptions Detailed = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    /// <summary>Records every violation as a located "schema" error; false when there was any.</summary>
    public static bool Validate(JsonElement root, Lazy<JsonLocations> locations, InputFile file, ImportSession session)
    {
        var schemas = Loaded.Value;
        var failed = new ConcurrentBag<(string Prefix, JsonSchema Schema, JsonElement Element)>();
        if (!schemas.Root.Evaluate(root, Quick).IsValid)
        {
            failed.Add((string.Empty, schemas.Root, root));
        }

        if (root.ValueKind == JsonValueKind.Object)
        {
            foreach (var (name, itemSchema) in schemas.Items)
            {
                if (root.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array)
                {
                    CheckItems(name, itemSchema, list, failed);
                }
            }
        }

        if (failed.IsEmpty)
        {
            return true;
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (prefix, schema, element) in failed.OrderBy(f => f.Prefix.Length).ThenBy(f => f.Prefix, StringComparer.Ordinal))
        {
            Report(prefix, schema.Evaluate(element, Detailed), reported, locations, file, session);
        }

        // The detailed output can hold a failure without a message (a reference that failed below); never pass it.
        if (reported.Count == 0)
        {
            session.Error("schema", file, 1, 1, "$: the bundle does not match docs/schemas/case-bundle.schema.json.");
        }

        return false;
    }

    private static void CheckItems(string name, JsonSchema schema, JsonElement list, ConcurrentBag<(string, JsonSchema, JsonElement)> failed)
    {
        var items = list.EnumerateArray().ToArray();
        void Check(int i)
        {
            if (!schema.Evaluate(items[i], Quick).IsValid)
            {
                failed.Add(($"/{name}/{i}", schema, items[i]));
            }
        }

        if (items.Length < ParallelFrom)
        {
            for (var i = 0; i < items.Length; i++)
            {
                Check(i);
            }

            return;
        }

        Parallel.ForEach(Partitioner.Create(0, items.Length, 1024), range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                Check(i);
            }
        });
    }

    private static void Report(
        string prefix, EvaluationResults results, HashSet<string> reported, Lazy<JsonLocations> locations, InputFile file, ImportSession session)
    {
        foreach (var detail in (results.Details ?? [results]).Where(d => d.Errors is { Count: > 0 }))
        {
            var path = PathOf(prefix + detail.InstanceLocation);
            foreach (var (keyword, message) in detail.Errors!)
            {
                if (reported.Add($"{path} {keyword}") && !session.ShouldStop)
                {
                    var (line, column) = locations.Value[path];
                    session.Error("schema", file, line, column, $"{path}: {Explain(keyword, message)}");
                }
            }
        }
    }

    /// <summary>"/variants/0/vaf" → "$.variants[0].vaf", the form <see cref="JsonLocations"/> and messages use.</summary>
    internal static string PathOf(string pointer)
    {
        var path = new System.Text.StringBuilder("$");
        foreach (var raw in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            path.Append(segment.All(char.IsAsciiDigit) ? $"[{segment}]" : $".{segment}");
        }

        return path.ToString();
    }

    private static string Explain(string keyword, string message) => keyword switch
    {
        _ when keyword is "false" or "additionalProperties" || message.Contains("false schema", StringComparison.Ordinal) =>
            "unknown property (see docs/schemas/case-bundle.schema.json for the allowed ones).",
        "pattern" => "must not be empty or blank, and must have the documented form (alleles are DNA bases or '-').",
        _ => message.TrimEnd('.') + ".",
    };

    private sealed record Schemas(JsonSchema Root, IReadOnlyList<(string Name, JsonSchema Schema)> Items);

    /// <summary>The root schema with each top-level list's items set to true, and one schema per list's items.</summary>
    private static Schemas Load()
    {
        using var stream = typeof(CaseBundleSchema).Assembly.GetManifestResourceStream("case-bundle.schema.json")
            ?? throw new InvalidOperationException("The case-bundle schema is not embedded in OmicsReports.Ingest.");
        var document = JsonNode.Parse(stream)!.AsObject();
        var items = new List<(string, JsonSchema)>();
        foreach (var (name, property) in document["properties"]!.AsObject())
        {
            if (property is JsonObject list && list["items"] is JsonObject itemSchema)
            {
                var standalone = (JsonObject)itemSchema.DeepClone();
                standalone["$schema"] = document["$schema"]!.DeepClone();
                standalone["$defs"] = document["$defs"]!.DeepClone();
                items.Add((name, Build(standalone)));
                list["items"] = true;
            }
        }

        return new Schemas(Build(document), items);
    }

    // A registry of its own per schema: the root's $id must not clash with another load of it in the same process.
    private static JsonSchema Build(JsonObject schema) =>
        JsonSchema.FromText(schema.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
}
