using System.Text.Json;
using System.Text.Json.Serialization;

namespace OmicsReports.Domain.Serialization;

/// <summary>
/// Reads a JSON array into a read-only set of strings (panel gene lists) and writes it sorted ordinally. A hash set
/// enumerates in an order that changes between processes, so without sorting the same case would not always give
/// the same bytes, and its SHA-256 would not name it.
/// </summary>
public sealed class StringSetConverter : JsonConverter<IReadOnlySet<string>>
{
    public override IReadOnlySet<string>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("Expected an array of strings.");
        }

        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            set.Add(reader.GetString() ?? throw new JsonException("A gene list holds null."));
        }

        return set;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlySet<string> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartArray();
        foreach (var item in value.Order(StringComparer.Ordinal))
        {
            writer.WriteStringValue(item);
        }

        writer.WriteEndArray();
    }
}
