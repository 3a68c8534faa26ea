using System.IO.Compression;
using System.Text;
using OmicsReports.Domain.Cases;
using OmicsReports.Ingest.Text;

namespace OmicsReports.Ingest.Pipeline;

/// <summary>
/// One input file, checked before any reader sees it: content hash, gzip (including multi-member BGZF), and a text
/// encoding that is valid UTF-8 or a single-byte encoding recognised without doubt. Readers open it as text or as
/// (decompressed) bytes; they never touch the path themselves.
/// </summary>
public sealed class InputFile
{
    private InputFile(string path, string name, long bytes, string sha256, bool gzip, Encoding encoding, int? openLastLine)
    {
        OpenLastLine = openLastLine;
        FullPath = path;
        Name = name;
        Bytes = bytes;
        Sha256 = sha256;
        IsGzip = gzip;
        Encoding = encoding;
    }

    /// <summary>Absolute path on disk; for opening only, never for messages.</summary>
    public string FullPath { get; }

    /// <summary>The name used in every message and on the case's sources: the path as the user gave it.</summary>
    public string Name { get; }

    public long Bytes { get; }

    public string Sha256 { get; }

    public bool IsGzip { get; }

    /// <summary>UTF-8 unless the scan found Latin-1 or MacRoman (a warning then says so).</summary>
    public Encoding Encoding { get; }

    /// <summary>The number of the last line when text but no line break ends the file (it may be cut short), else null.</summary>
    public int? OpenLastLine { get; }

    /// <summary>
    /// Hashes and scans <paramref name="path"/>. Returns null with an error in <paramref name="problems"/> when the
    /// text cannot be decoded; a recognised single-byte encoding adds a warning.
    /// </summary>
    public static InputFile? Open(string path, string name, ICollection<ImportProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var info = new FileInfo(path);
        var sha = TextScan.Sha256Hex(path);
        var gzip = TextScan.IsGzip(path);
        if (gzip && GzipIntegrity.Check(path) is { } damage)
        {
            problems.Add(ImportProblem.Error("damaged-compression", name, 0, null, damage));
            return null;
        }

        var scan = TextScan.DetectEncoding(() => OpenDecompressed(path, gzip));
        if (scan.Encoding is null)
        {
            problems.Add(ImportProblem.Error("undecodable-text", name, scan.Line, scan.Column, scan.Message!));
            return null;
        }

        if (scan.Message is not null)
        {
            problems.Add(ImportProblem.Warning("decoded-legacy-encoding", name, scan.Line, scan.Column, scan.Message));
        }

        return new InputFile(Path.GetFullPath(path), name, info.Length, sha, gzip, scan.Encoding, scan.OpenLastLine);
    }

    /// <summary>The decompressed bytes.</summary>
    public Stream OpenRead() => OpenDecompressed(FullPath, IsGzip);

    /// <summary>The decoded text; a byte-order mark is skipped.</summary>
    public TextReader OpenText() =>
        new StreamReader(OpenRead(), Encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);

    /// <summary>What the case records about this file.</summary>
    public SourceFile ToSource(string format) => new(Name, format, Sha256, Bytes);

    /// <summary>
    /// Records the located "truncated" error when the file's last line has text but no line break, and returns false:
    /// a tabular file cut inside its last cell would otherwise import a changed value and silently lose the rows after
    /// the cut. Readers of line-based data call this before reading.
    /// </summary>
    public bool CheckComplete(ImportSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (OpenLastLine is not { } line)
        {
            return true;
        }

        session.Error("truncated", this, line, null,
            $"The file ends in the middle of line {line} (no line break after it); the file may be truncated. " +
            "If the file is complete, end its last line with a line break.");
        return false;
    }

    /// <summary>A location in this file for findings and problems.</summary>
    public SourceLocation At(int line, int? column = null) => new(Name, line, column);

    public override string ToString() => Name;

    private static Stream OpenDecompressed(string path, bool gzip)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        // GZipStream reads every member of a concatenated (BGZF) file, not only the first.
        return gzip ? new GZipStream(stream, CompressionMode.Decompress) : stream;
    }
}
