using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using OmicsReports.Domain.Knowledge;

namespace OmicsReports.Domain.Serialization;

/// <summary>
/// The one JSON shape of cases and reports (files, database snapshots, hashes). camelCase properties, kebab-case
/// enum values ("reduce-dose"), except evidence tiers, which keep their published spelling ("IA", "IIC").
/// Declaration order is the property order, so the same value always serialises to the same bytes.
/// </summary>
public static class OmicsJson
{
    /// <summary>Indented, for files people read.</summary>
    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    /// <summary>Compact, for storage and hashing.</summary>
    public static JsonSerializerOptions Compact { get; } = Create(indented: false);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = indented,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Clinicians' text holds "≥", "µ", "ä": keep it readable rather than \u-escaped.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NumberHandling = JsonNumberHandling.Strict,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
        };
        options.Converters.Add(new JsonStringEnumConverter<EvidenceTier>());
        options.Converters.Add(new StringSetConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
