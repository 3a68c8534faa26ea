using System.Text.Json;
using Json.Schema;
using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Ingest.Formats.Bundle;

/// <summary>
/// Validates a bundle against the published JSON Schema (docs/schemas/case-bundle.schema.json, embedded in this
/// assembly) with JsonSchema.Net before anything is mapped, so a null where an object belongs, a wrong type, an empty
/// identifier or a value out of range is a located schema error rather than an exception or a silently odd case.
/// </summary>
internal static class CaseBundleSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(Load);

    private static readonly EvaluationOptions Evaluation = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    /// <summary>Records every violation as a located "schema" error; false when there was any.</summary>
    public static bool Validate(JsonElement root, Lazy<JsonLocations> locations, InputFile file, ImportSession session)
    {
        var results = Schema.Value.Evaluate(root, Evaluation);
        if (results.IsValid)
        {
            return true;
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var detail in (results.Details ?? [results]).Where(d => d.Errors is { Count: > 0 }))
        {
            var path = PathOf(detail.InstanceLocation.ToString());
            foreach (var (keyword, message) in detail.Errors!)
            {
                if (reported.Add($"{path} {keyword}") && !session.ShouldStop)
                {
                    var (line, column) = locations.Value[path];
                    session.Error("schema", file, line, column, $"{path}: {Explain(keyword, message)}");
                }
            }
        }

        // The list output can hold a failure without a message (a reference that failed below); never pass it.
        if (reported.Count == 0)
        {
            session.Error("schema", file, 1, 1, "$: the bundle does not match docs/schemas/case-bundle.schema.json.");
        }

        return false;
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
        "false" or "additionalProperties" => "unknown property (see docs/schemas/case-bundle.schema.json for the allowed ones).",
        "pattern" => "must not be empty or blank, and must have the documented form (alleles are DNA bases or '-').",
        _ => message.TrimEnd('.') + ".",
    };

    private static JsonSchema Load()
    {
        using var stream = typeof(CaseBundleSchema).Assembly.GetManifestResourceStream("case-bundle.schema.json")
            ?? throw new InvalidOperationException("The case-bundle schema is not embedded in OmicsReports.Ingest.");
        using var reader = new StreamReader(stream);
        // A registry of its own: the schema's $id must not clash with another load of it in the same process.
        return JsonSchema.FromText(reader.ReadToEnd(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    }
}
