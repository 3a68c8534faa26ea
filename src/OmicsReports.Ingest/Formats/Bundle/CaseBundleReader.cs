using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Ingest.Formats.Bundle;

/// <summary>
/// The native case bundle: one patient's specimen with every layer, in JSON (docs/formats.md,
/// docs/schemas/case-bundle.schema.json). Invalid JSON and schema violations are located errors; values are then
/// checked (ranges, units) and harmonized like any other input.
/// </summary>
public sealed class CaseBundleReader : IFormatReader
{
    public const string FormatName = "omicsreports-case-bundle";

    internal static readonly JsonSerializerOptions Options = CreateOptions();

    public string Format => "case-bundle";

    /// <summary>A bundle declares its patient and sample, as a clinical file does.</summary>
    public int Order => ReaderOrder.Clinical;

    public Detection Detect(FileSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        if (!sniff.LooksLikeJsonObject)
        {
            return Detection.No;
        }

        if (sniff.Head.Contains(FormatName, StringComparison.Ordinal))
        {
            return Detection.Signature;
        }

        return sniff.Head.Contains("\"specimen\"", StringComparison.Ordinal) && sniff.Head.Contains("\"patient\"", StringComparison.Ordinal)
            ? Detection.Header
            : Detection.No;
    }

    public async Task ReadAsync(InputFile file, ImportSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(session);
        byte[] bytes;
        await using (var stream = Common.Utf8Input.Open(file))
        using (var buffer = new MemoryStream())
        {
            await stream.CopyToAsync(buffer, cancellationToken);
            bytes = buffer.ToArray();
        }

        // System.Text.Json refuses a byte-order mark at the start of a byte array; the text reader used to drop it.
        if (bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        }

        var locations = new Lazy<JsonLocations>(() => JsonLocations.Index(bytes));
        if (Parse(bytes, locations, file, session) is not { } document)
        {
            return;
        }

        if (document.Format != FormatName || document.Version != 1)
        {
            var path = document.Format != FormatName ? "$.format" : "$.version";
            var (line, column) = locations.Value[path];
            session.Error("schema", file, line, column,
                $"{path}: this reader takes format '{FormatName}' version 1, not '{document.Format}' version {document.Version}.");
            return;
        }

        new BundleMapper(file, session, locations.Value).Apply(document);
    }

    private static BundleDocument? Parse(byte[] bytes, Lazy<JsonLocations> locations, InputFile file, ImportSession session)
    {
        try
        {
            // Syntax first, so a broken document is reported as invalid JSON; a repeated key is refused here too,
            // because which of two values a reader keeps is a guess.
            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { AllowDuplicateProperties = false });
            if (!CaseBundleSchema.Validate(document.RootElement, locations, file, session))
            {
                return null;
            }
        }
        catch (JsonException ex)
        {
            if (ex.Message.Contains("duplicate", StringComparison.OrdinalIgnoreCase) && JsonLocations.Index(bytes, findDuplicates: true).FirstDuplicate is { } repeat)
            {
                session.Error("duplicate-key", file, repeat.Line, repeat.Column,
                    $"{repeat.Path}: the property appears twice in one object; which value is meant cannot be told.");
                return null;
            }

            session.Error("invalid-json", file, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1, $"Invalid JSON: {Clean(ex.Message)}");
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<BundleDocument>(bytes, Options);
        }
        catch (JsonException ex)
        {
            session.Error("schema", file, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1, Explain(ex));
            return null;
        }
    }

    /// <summary>System.Text.Json's messages name .NET types; say what is wrong in the bundle's own terms.</summary>
    private static string Explain(JsonException ex)
    {
        var path = ex.Path ?? "$";
        var message = ex.Message;
        if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            return $"{path}: unknown property (see docs/schemas/case-bundle.schema.json for the allowed ones).";
        }

        var missing = message.IndexOf("missing required properties including: ", StringComparison.Ordinal);
        if (missing >= 0)
        {
            var names = message[(missing + "missing required properties including: ".Length)..].Split('.')[0];
            return $"{path}: missing required property {names}.";
        }

        if (message.Contains("could not be converted", StringComparison.Ordinal))
        {
            return $"{path}: the value has the wrong type or is not one of the allowed values.";
        }

        return message.Contains("null", StringComparison.OrdinalIgnoreCase)
            ? $"{path}: must not be null."
            : $"{path}: {Clean(message)}";
    }

    private static string Clean(string message)
    {
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        cut = cut < 0 ? message.IndexOf(" LineNumber:", StringComparison.Ordinal) : cut;
        return (cut >= 0 ? message[..cut] : message).Trim();
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            NumberHandling = JsonNumberHandling.Strict,
            PropertyNameCaseInsensitive = false,
            AllowDuplicateProperties = false,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
