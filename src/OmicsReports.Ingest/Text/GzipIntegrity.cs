using System.Buffers.Binary;
using System.IO.Compression;

namespace OmicsReports.Ingest.Text;

/// <summary>
/// Checks that a gzip file decompresses completely. .NET's <see cref="GZipStream"/> checks the CRC-32 and length of
/// every member it finishes, but a file cut inside a member simply ends early, and bytes after the last member are
/// ignored: a VCF cut at 10 % would import as a shorter VCF. So, in addition:
/// - BGZF (each member carries its size in a "BC" extra field, as bgzip writes): the members must tile the file
///   exactly and the last one must be the empty end-of-file block the SAM/BGZF specification requires;
/// - plain gzip: the file's last 8 bytes must be the CRC-32 and length of the data its last member decompressed to.
/// Returns null when the file is whole, else a message that says what is wrong and where.
/// </summary>
internal static class GzipIntegrity
{
    private const int HeaderLength = 10;
    private const int TrailerLength = 8;
    private const byte ExtraFlag = 4;

    public static string? Check(string path)
    {
        try
        {
            var bgzf = BgzfProblem(path, out var isBgzf);
            if (bgzf is not null)
            {
                return bgzf;
            }

            var length = DecompressedLength(path);
            return isBgzf ? null : TrailerProblem(path, length);
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException)
        {
            return $"The gzip compression is damaged and the file cannot be decompressed ({ex.Message.TrimEnd('.')}).";
        }
    }

    /// <summary>Walks BGZF blocks by their sizes; <paramref name="isBgzf"/> says whether the first member is one.</summary>
    private static string? BgzfProblem(string path, out bool isBgzf)
    {
        using var stream = File.OpenRead(path);
        var header = new byte[HeaderLength + 2 + 512];
        long offset = 0;
        var lastWasEmpty = false;
        Span<byte> isize = stackalloc byte[4];
        isBgzf = false;
        while (offset < stream.Length)
        {
            stream.Position = offset;
            var read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
            var size = BlockSize(header.AsSpan(0, read));
            if (size is null)
            {
                return offset == 0 ? null // plain gzip: GZipStream and the trailer check judge it
                    : $"The BGZF data is damaged at byte {offset}: no BGZF block starts there; the file may be truncated or have data appended.";
            }

            isBgzf = true;
            if (offset + size > stream.Length)
            {
                return $"The BGZF block at byte {offset} needs {size} bytes but the file ends after {stream.Length - offset}: the file is truncated.";
            }

            stream.Position = offset + size.Value - 4;
            stream.ReadExactly(isize);
            lastWasEmpty = BinaryPrimitives.ReadUInt32LittleEndian(isize) == 0;
            offset += size.Value;
        }

        return isBgzf && !lastWasEmpty
            ? "The BGZF file lacks its end-of-file block (an empty block that bgzip writes last): the file is truncated."
            : null;
    }

    /// <summary>The total size of a BGZF block from its "BC" extra subfield, or null when this is not a BGZF header.</summary>
    private static int? BlockSize(ReadOnlySpan<byte> header)
    {
        if (header.Length < HeaderLength + 2 || header[0] != 0x1f || header[1] != 0x8b || header[2] != 8 || (header[3] & ExtraFlag) == 0)
        {
            return null;
        }

        var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(header[HeaderLength..]);
        var extra = header.Slice(HeaderLength + 2, Math.Min(extraLength, header.Length - HeaderLength - 2));
        while (extra.Length >= 4)
        {
            var fieldLength = BinaryPrimitives.ReadUInt16LittleEndian(extra[2..]);
            if (extra[0] == (byte)'B' && extra[1] == (byte)'C' && fieldLength == 2 && extra.Length >= 6)
            {
                return BinaryPrimitives.ReadUInt16LittleEndian(extra[4..]) + 1;
            }

            extra = extra[Math.Min(extra.Length, 4 + fieldLength)..];
        }

        return null;
    }

    /// <summary>Decompresses every member (GZipStream checks each finished member's CRC-32 and length).</summary>
    private static long DecompressedLength(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        var buffer = new byte[1 << 16];
        long total = 0;
        int read;
        while ((read = gzip.Read(buffer, 0, buffer.Length)) > 0)
        {
            total += read;
        }

        return total;
    }

    /// <summary>
    /// A whole plain gzip file ends with its last member's trailer: the CRC-32 and length (mod 2^32) of the data that
    /// member holds, which are the last bytes decompressed. A file cut short ends in compressed data instead.
    /// </summary>
    private static string? TrailerProblem(string path, long decompressed)
    {
        const string Cut = "The gzip file does not end with a complete member (its last bytes are not the checksum and length of the data before them): the file is truncated or has data appended.";
        var bytes = new FileInfo(path).Length;
        if (bytes < HeaderLength + TrailerLength || decompressed > uint.MaxValue)
        {
            return bytes < HeaderLength + TrailerLength ? Cut : null;
        }

        Span<byte> trailer = stackalloc byte[TrailerLength];
        using (var raw = File.OpenRead(path))
        {
            raw.Position = bytes - TrailerLength;
            raw.ReadExactly(trailer);
        }

        var crc = BinaryPrimitives.ReadUInt32LittleEndian(trailer);
        var size = BinaryPrimitives.ReadUInt32LittleEndian(trailer[4..]);
        if (size > decompressed)
        {
            return Cut;
        }

        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        var buffer = new byte[1 << 16];
        var skip = decompressed - size;
        var actual = Crc32.Start;
        int read;
        while ((read = gzip.Read(buffer, 0, buffer.Length)) > 0)
        {
            var from = (int)Math.Min(read, skip);
            skip -= from;
            actual = Crc32.Append(actual, buffer.AsSpan(from, read - from));
        }

        return Crc32.Finish(actual) == crc ? null : Cut;
    }
}
