using System.Text;
using System.Text.Json;

namespace OmicsReports.Ingest.Formats.Bundle;

/// <summary>
/// Where each value of a JSON document starts, by JSONPath ("$.variants[2].vaf" → line 31, column 7), so checks made
/// after deserializing can still name the line and column. One pass with <see cref="Utf8JsonReader"/>.
/// </summary>
internal sealed class JsonLocations
{
    private readonly Dictionary<string, (int Line, int Column)> positions = new(StringComparer.Ordinal);

    private JsonLocations()
    {
    }

    /// <summary>The first property that repeats a name within its object, with where the repeat starts; null when none does.</summary>
    public (string Path, int Line, int Column)? FirstDuplicate { get; private set; }

    public (int Line, int Column) this[string path] =>
        positions.TryGetValue(path, out var at) ? at : positions.GetValueOrDefault(Parent(path), (1, 1));

    /// <summary>Indexes a document that is already known to be valid JSON.</summary>
    public static JsonLocations Index(ReadOnlySpan<byte> json)
    {
        var result = new JsonLocations();
        var cursor = new Cursor(LineStarts(json));
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var path = new List<string> { "$" };
        var arrayIndex = new Stack<int>();
        string? pendingProperty = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pendingProperty = reader.GetString();
                    continue;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    if (reader.TokenType == JsonTokenType.EndArray)
                    {
                        arrayIndex.Pop();
                    }

                    path.RemoveAt(path.Count - 1);
                    continue;
            }

            var isProperty = pendingProperty is not null;
            var segment = isProperty ? "." + pendingProperty
                : arrayIndex.Count > 0 ? $"[{NextIndex(arrayIndex)}]" : string.Empty;
            pendingProperty = null;
            var here = path[^1] + segment;
            var position = cursor.Position(reader.TokenStartIndex, json);
            if (!result.positions.TryAdd(here, position) && isProperty && result.FirstDuplicate is null)
            {
                result.FirstDuplicate = (here, position.Line, position.Column);
            }

            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                path.Add(here);
                if (reader.TokenType == JsonTokenType.StartArray)
                {
                    arrayIndex.Push(-1);
                }
            }
        }

        return result;
    }

    private static int NextIndex(Stack<int> indexes)
    {
        var next = indexes.Pop() + 1;
        indexes.Push(next);
        return next;
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut > 0 ? path[..cut] : "$";
    }

    private static List<long> LineStarts(ReadOnlySpan<byte> json)
    {
        var starts = new List<long> { 0 };
        for (var i = 0; i < json.Length; i++)
        {
            if (json[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    /// <summary>
    /// Turns byte offsets, which the reader yields in increasing order, into lines and columns. The column is counted
    /// on from the previous token of the same line, so a bundle written on one long line (as JSON writers do by
    /// default) costs one pass, not one pass per value.
    /// </summary>
    private sealed class Cursor(List<long> lineStarts)
    {
        private int line;
        private long offset;
        private int column = 1;

        public (int Line, int Column) Position(long tokenOffset, ReadOnlySpan<byte> json)
        {
            var moved = false;
            while (line + 1 < lineStarts.Count && lineStarts[line + 1] <= tokenOffset)
            {
                line++;
                moved = true;
            }

            if (moved || tokenOffset < offset)
            {
                (offset, column) = (lineStarts[line], 1);
            }

            column += Encoding.UTF8.GetCharCount(json[(int)offset..(int)tokenOffset]);
            offset = tokenOffset;
            return (line + 1, column);
        }
    }
}
