using System.Text;
using System.Text.Json;

namespace OmicsReports.Ingest.Formats.Bundle;

/// <summary>
/// Where each value of a JSON document starts, by JSONPath ("$.variants[2].vaf" → line 31, column 7), so checks made
/// after deserializing can still name the line and column. One pass with <see cref="Utf8JsonReader"/> records every
/// object and list (a variant is found by its object); a plain value is found on demand by reading its parent object
/// again. So a 100,000-variant bundle keeps 100,000 entries, not a million, and decodes no property name it does not
/// need; columns are counted on from the previous position, so a bundle on one long line costs one pass.
/// </summary>
internal sealed class JsonLocations
{
    private readonly Dictionary<string, Position> containers = new(StringComparer.Ordinal);
    private readonly byte[] json;

    private JsonLocations(byte[] json) => this.json = json;

    /// <summary>The first property that repeats a name within its object, with where the repeat starts; null when none does.</summary>
    public (string Path, int Line, int Column)? FirstDuplicate { get; private set; }

    public (int Line, int Column) this[string path]
    {
        get
        {
            for (var current = path; ; current = Parent(current))
            {
                if (containers.TryGetValue(current, out var at))
                {
                    return current.Length == path.Length ? (at.Line, at.Column) : Child(at, path[current.Length..]);
                }

                if (current == "$")
                {
                    return (1, 1);
                }
            }
        }
    }

    /// <summary>
    /// Indexes a document that is already known to be valid JSON. With <paramref name="findDuplicates"/>, property
    /// names are compared per object and the first repeated one is kept in <see cref="FirstDuplicate"/>.
    /// </summary>
    public static JsonLocations Index(byte[] json, bool findDuplicates = false)
    {
        ArgumentNullException.ThrowIfNull(json);
        var result = new JsonLocations(json);
        var cursor = new Cursor(json);
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var path = new List<string> { "$" };
        var open = new Stack<(bool IsList, int Index, HashSet<string>? Names)>();
        var property = (Start: -1, Length: 0);
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    property = ((int)reader.TokenStartIndex + 1, reader.ValueSpan.Length);
                    if (findDuplicates && result.FirstDuplicate is null)
                    {
                        var (isList, index, names) = open.Pop();
                        names ??= new HashSet<string>(StringComparer.Ordinal);
                        open.Push((isList, index, names));
                        if (!names.Add(reader.GetString()!))
                        {
                            var at = cursor.At(reader.TokenStartIndex);
                            result.FirstDuplicate = ($"{path[^1]}.{reader.GetString()}", at.Line, at.Column);
                        }
                    }

                    continue;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    open.Pop();
                    path.RemoveAt(path.Count - 1);
                    continue;
            }

            var element = -1;
            if (property.Start < 0 && open.Count > 0 && open.Peek().IsList)
            {
                var list = open.Pop();
                element = list.Index + 1;
                open.Push(list with { Index = element });
            }

            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                var segment = property.Start >= 0 ? "." + Encoding.UTF8.GetString(json, property.Start, property.Length)
                    : element >= 0 ? $"[{element}]" : string.Empty;
                var here = path[^1] + segment;
                result.containers.TryAdd(here, cursor.At(reader.TokenStartIndex));
                path.Add(here);
                open.Push((reader.TokenType == JsonTokenType.StartArray, -1, null));
            }

            property = (-1, 0);
        }

        return result;
    }

    /// <summary>The position of a value inside a recorded container, found by reading that container again.</summary>
    private (int Line, int Column) Child(Position parent, string rest)
    {
        var reader = new Utf8JsonReader(json.AsSpan((int)parent.Offset), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var wanted = rest.StartsWith('[') ? rest[1..rest.IndexOf(']', StringComparison.Ordinal)] : rest[1..].Split('.', '[')[0];
        var index = -1;
        var pending = false;
        while (reader.Read())
        {
            if (reader.CurrentDepth == 0 && reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                break;
            }

            if (reader.CurrentDepth != 1)
            {
                continue;
            }

            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                pending = reader.ValueTextEquals(wanted);
                continue;
            }

            var matches = rest.StartsWith('[') ? (++index).ToString(System.Globalization.CultureInfo.InvariantCulture) == wanted : pending;
            if (matches)
            {
                return new Cursor(json, parent).At(parent.Offset + reader.TokenStartIndex) is var at ? (at.Line, at.Column) : default;
            }

            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                reader.Skip();
            }
        }

        return (parent.Line, parent.Column);
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut > 0 ? path[..cut] : "$";
    }

    private readonly record struct Position(int Line, int Column, long Offset);

    /// <summary>
    /// Turns byte offsets, met in increasing order, into lines and columns, counting on from the previous one: a
    /// bundle written on one long line (as JSON writers do by default) costs one pass, not one pass per value.
    /// </summary>
    private sealed class Cursor
    {
        private readonly byte[] json;
        private long offset;
        private int line = 1;
        private int column = 1;

        public Cursor(byte[] json) => this.json = json;

        public Cursor(byte[] json, Position from) => (this.json, offset, line, column) = (json, from.Offset, from.Line, from.Column);

        public Position At(long tokenOffset)
        {
            var span = json.AsSpan((int)offset, (int)(tokenOffset - offset));
            var lastBreak = span.LastIndexOf((byte)'\n');
            if (lastBreak >= 0)
            {
                line += span.Count((byte)'\n');
                column = 1 + Encoding.UTF8.GetCharCount(span[(lastBreak + 1)..]);
            }
            else
            {
                column += Encoding.UTF8.GetCharCount(span);
            }

            offset = tokenOffset;
            return new Position(line, column, tokenOffset);
        }
    }
}
