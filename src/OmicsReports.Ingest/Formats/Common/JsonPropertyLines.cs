using System.Text.Json;

namespace OmicsReports.Ingest.Formats.Common;

/// <summary>
/// The line on which each property of one top-level object starts ("genes" → "CYP2C19" at line 2312), found in one
/// streaming pass with <see cref="Utf8JsonReader"/> over a 64 KB window, so a large JSON report is never held as
/// text. Findings read from a typed model use these lines as their source.
/// </summary>
internal static class JsonPropertyLines
{
    public static async Task<IReadOnlyDictionary<string, int>> FindAsync(Stream stream, string parent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        var scan = new Scan(parent, result);
        var buffer = new byte[1 << 16];
        var filled = 0;
        var final = false;
        while (!final)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken);
            final = read == 0;
            filled += read;
            int consumed;
            try
            {
                consumed = scan.Next(buffer.AsSpan(0, filled), final);
            }
            catch (JsonException)
            {
                break; // the caller has already parsed the document; lines found so far are still right
            }

            Buffer.BlockCopy(buffer, consumed, buffer, 0, filled - consumed);
            filled -= consumed;
            if (filled == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2); // one token longer than the window
            }
        }

        return result;
    }

    private sealed class Scan(string parent, Dictionary<string, int> result)
    {
        private JsonReaderState state = new(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        private int line = 1;
        private string? top;

        public int Next(ReadOnlySpan<byte> data, bool final)
        {
            var reader = new Utf8JsonReader(data, final, state);
            var counted = 0;
            while (reader.Read())
            {
                if (reader.TokenType != JsonTokenType.PropertyName)
                {
                    continue;
                }

                if (reader.CurrentDepth == 1)
                {
                    top = reader.GetString();
                }
                else if (reader.CurrentDepth == 2 && top == parent)
                {
                    var at = (int)reader.TokenStartIndex;
                    line += data[counted..at].Count((byte)'\n');
                    counted = at;
                    result.TryAdd(reader.GetString()!, line);
                }
            }

            var consumed = (int)reader.BytesConsumed;
            line += data[counted..consumed].Count((byte)'\n');
            state = reader.CurrentState;
            return consumed;
        }
    }
}
