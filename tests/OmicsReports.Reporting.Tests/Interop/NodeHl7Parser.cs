using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OmicsReports.Reporting.Tests.Interop;

/// <summary>One message as the npm parser 'hl7v2' read it (tests/interop-tools/parse-hl7.mjs).</summary>
internal sealed record ParsedHl7(
    string File,
    string? Version,
    string? MessageType,
    string? ControlId,
    string? Structure,
    int StructuredSegments,
    IReadOnlyList<string>? Groups,
    IReadOnlyList<ParsedSegment>? Segments,
    string? Error)
{
    public IEnumerable<ParsedSegment> All(string type) => (Segments ?? []).Where(s => s.Type == type);

    public ParsedSegment One(string type) => All(type).Single();
}

/// <summary>A segment: field position → repetitions → decoded components (1-based component i at index i-1).</summary>
internal sealed record ParsedSegment(string Type, Dictionary<int, List<List<string?>>> Fields)
{
    /// <summary>Component <paramref name="component"/> of the first repetition of field <paramref name="field"/>, decoded.</summary>
    public string? Value(int field, int component = 1) =>
        Fields.TryGetValue(field, out var repetitions) && repetitions.Count > 0 && repetitions[0].Count >= component ? repetitions[0][component - 1] : null;

    public IReadOnlyList<List<string?>> Repetitions(int field) => Fields.TryGetValue(field, out var r) ? r : [];
}

/// <summary>Runs the independent HL7 v2 parser from the npm registry under node, once for many messages.</summary>
internal static class NodeHl7Parser
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { NumberHandling = JsonNumberHandling.AllowReadingFromString };

    public static async Task<IReadOnlyList<ParsedHl7>> ParseAsync(IReadOnlyList<string> messages)
    {
        var folder = Directory.CreateTempSubdirectory("omics-hl7-").FullName;
        try
        {
            var paths = new List<string>();
            for (var i = 0; i < messages.Count; i++)
            {
                var path = Path.Combine(folder, $"{i:D4}.hl7");
                await File.WriteAllTextAsync(path, messages[i]);
                paths.Add(path);
            }

            var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(InteropTools.Hl7Parser);
            paths.ForEach(start.ArgumentList.Add);
            using var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
            var output = node.StandardOutput.ReadToEndAsync();
            var error = node.StandardError.ReadToEndAsync();
            await node.WaitForExitAsync();
            Assert.True(node.ExitCode == 0, $"node exited with {node.ExitCode}: {await error}");
            var parsed = JsonSerializer.Deserialize<List<ParsedHl7>>(await output, Json) ?? [];
            Assert.Equal(messages.Count, parsed.Count);
            return parsed;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
