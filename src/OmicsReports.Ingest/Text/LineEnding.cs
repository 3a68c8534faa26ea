namespace OmicsReports.Ingest.Text;

/// <summary>
/// Follows a file's bytes block by block and tells whether its last line is "open": it holds text, yet no line break
/// ends it. A tabular file cut short in transfer or by a full disk ends that way; one that merely lacks blank space
/// after its last line break does not. Works on the bytes of UTF-8 and the single-byte encodings alike.
/// </summary>
internal sealed class LineEnding
{
    private long breaks;
    private bool textSinceBreak;

    /// <summary>The 1-based number of the open last line, or null when the file ends properly.</summary>
    public int? OpenLastLine => textSinceBreak ? (int)Math.Min(int.MaxValue, breaks + 1) : null;

    public void Add(ReadOnlySpan<byte> block)
    {
        var count = block.Count((byte)'\n');
        breaks += count;
        var tail = count > 0 ? block[(block.LastIndexOf((byte)'\n') + 1)..] : block;
        textSinceBreak = (count > 0 ? false : textSinceBreak) || tail.IndexOfAnyExcept(" \t\r"u8) >= 0;
    }

    /// <summary>Reads a whole stream for its ending.</summary>
    public static int? Of(Func<Stream> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        using var stream = open();
        var ending = new LineEnding();
        var buffer = new byte[1 << 16];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            ending.Add(buffer.AsSpan(0, read));
        }

        return ending.OpenLastLine;
    }
}
