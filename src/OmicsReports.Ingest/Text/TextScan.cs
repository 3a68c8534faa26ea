using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;

namespace OmicsReports.Ingest.Text;

/// <summary>The encoding a scan settled on, or why none fits (then <see cref="Encoding"/> is null).</summary>
/// <param name="Line">1-based line of the first byte that is not UTF-8, or 0.</param>
/// <param name="Column">1-based byte column of that byte within its line.</param>
/// <param name="Message">A warning when a legacy encoding was chosen, the error when none was.</param>
public sealed record EncodingScan(Encoding? Encoding, int Line, int? Column, string? Message)
{
    /// <summary>
    /// The 1-based number of the file's last line when that line holds text but no line break ends it (the file
    /// may have been cut short); null when the file ends with a line break or only blank space follows the last one.
    /// </summary>
    public int? OpenLastLine { get; init; }
}

/// <summary>
/// Byte-level checks done once per file before parsing: hashing, gzip detection and text encoding. Text must be UTF-8;
/// other text is decoded only when exactly one of Latin-1 and MacRoman reads it as plausible letters.
/// </summary>
public static class TextScan
{
    private const int BlockSize = 1 << 16;

    public static string Sha256Hex(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    public static bool IsGzip(string path)
    {
        using var stream = File.OpenRead(path);
        Span<byte> magic = stackalloc byte[2];
        return stream.ReadAtLeast(magic, 2, throwOnEndOfStream: false) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
    }

    /// <summary>Validates UTF-8 block by block; on the first invalid byte, weighs the single-byte alternatives.</summary>
    public static EncodingScan DetectEncoding(Func<Stream> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        using var stream = open();
        var buffer = ArrayPool<byte>.Shared.Rent(BlockSize + 4);
        var chars = ArrayPool<char>.Shared.Rent(BlockSize + 4);
        try
        {
            int carried = 0, line = 1, lineStart = 0;
            var ending = new LineEnding();
            long offset = 0;
            (int Line, int Column)? firstInvalid = null;
            bool first = true;
            int read;
            while ((read = stream.ReadAtLeast(buffer.AsSpan(carried, BlockSize), BlockSize, throwOnEndOfStream: false)) > 0 || carried > 0)
            {
                var length = carried + read;
                var block = buffer.AsSpan(0, length);
                if (first && StartsWithUtf16Bom(block))
                {
                    return new EncodingScan(Encoding.Unicode, 0, null, null);
                }

                first = false;
                var final = read == 0;
                var consumed = length;
                if (firstInvalid is not null)
                {
                    break; // the rest is judged by LegacyEncodings, which reads the file again
                }

                {
                    var status = Utf8.ToUtf16(block, chars, out consumed, out _, replaceInvalidSequences: false, isFinalBlock: final);
                    ending.Add(block[..consumed]);
                    if (status == OperationStatus.InvalidData)
                    {
                        CountLines(block[..consumed], ref line, ref lineStart, offset);
                        firstInvalid = (line, (int)(offset + consumed - lineStart) + 1);
                        consumed = length;
                    }
                    else
                    {
                        CountLines(block[..consumed], ref line, ref lineStart, offset);
                    }
                }

                offset += consumed;
                carried = length - consumed;
                block[consumed..].CopyTo(buffer);
                if (final)
                {
                    break;
                }
            }

            if (firstInvalid is { } at)
            {
                // The scan stopped early; the line ending of a single-byte encoding is judged in a pass of its own.
                return LegacyEncodings.Choose(open, at.Line, at.Column) with { OpenLastLine = LineEnding.Of(open) };
            }

            return new EncodingScan(new UTF8Encoding(false, false), 0, null, null) { OpenLastLine = ending.OpenLastLine };
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static bool StartsWithUtf16Bom(ReadOnlySpan<byte> block) =>
        block.Length >= 2 && ((block[0] == 0xFF && block[1] == 0xFE) || (block[0] == 0xFE && block[1] == 0xFF));

    private static void CountLines(ReadOnlySpan<byte> block, ref int line, ref int lineStart, long offset)
    {
        var index = 0;
        int next;
        while ((next = block[index..].IndexOf((byte)'\n')) >= 0)
        {
            index += next + 1;
            line++;
            lineStart = (int)Math.Min(int.MaxValue, offset + index);
        }
    }
}
