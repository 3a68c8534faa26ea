using System.Buffers;
using System.Text.Json;

namespace OmicsReports.Domain.Serialization;

/// <summary>
/// Serialises a value into a buffer the calling thread reuses, for code that serialises thousands of values one after
/// another (the input hash of every case, the file of every report). Writing to a <see cref="Utf8JsonWriter"/> takes
/// the serializer's direct path; writing to a stream takes its resumable path, which checks for a flush at every
/// property. The bytes are the same: the writer gets the options' encoder, indentation and new line, as the
/// serializer gives its own writer.
/// </summary>
public sealed class JsonScratch
{
    // A buffer that grew past this for one very large case is let go, so that no thread holds it for good.
    private const int KeptCapacity = 1 << 20;

    [ThreadStatic]
    private static Dictionary<JsonSerializerOptions, JsonScratch>? perThread;

    private readonly ArrayBufferWriter<byte> buffer = new(1 << 16);
    private readonly JsonWriterOptions writerOptions;
    private bool inUse;

    private JsonScratch(JsonSerializerOptions options)
    {
        writerOptions = new JsonWriterOptions
        {
            Encoder = options.Encoder,
            Indented = options.WriteIndented,
            IndentCharacter = options.IndentCharacter,
            IndentSize = options.IndentSize,
            NewLine = options.NewLine,
            MaxDepth = options.MaxDepth,
            SkipValidation = true,
        };
    }

    /// <summary>
    /// Serialises <paramref name="value"/> as its runtime type and hands the bytes to <paramref name="use"/>; the span
    /// is valid only during that call.
    /// </summary>
    public static TResult Serialize<TResult>(object value, JsonSerializerOptions options, Func<ReadOnlySpan<byte>, TResult> use)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(use);
        var scratch = Rent(options);
        try
        {
            using (var writer = new Utf8JsonWriter(scratch.buffer, scratch.writerOptions))
            {
                JsonSerializer.Serialize(writer, value, value.GetType(), options);
            }

            return use(scratch.buffer.WrittenSpan);
        }
        finally
        {
            scratch.Return(options);
        }
    }

    private static JsonScratch Rent(JsonSerializerOptions options)
    {
        perThread ??= [];
        if (!perThread.TryGetValue(options, out var scratch) || scratch.inUse)
        {
            // First use on this thread, or a nested use (the span of the outer one is still being read): a fresh one.
            scratch = new JsonScratch(options);
            perThread.TryAdd(options, scratch);
        }

        scratch.inUse = true;
        return scratch;
    }

    private void Return(JsonSerializerOptions options)
    {
        inUse = false;
        if (buffer.Capacity > KeptCapacity)
        {
            if (perThread is not null && perThread.TryGetValue(options, out var kept) && ReferenceEquals(kept, this))
            {
                perThread.Remove(options);
            }

            return;
        }

        buffer.ResetWrittenCount();
    }
}
