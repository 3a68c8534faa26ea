using System.Text;
using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Ingest.Formats.Common;

/// <summary>
/// A file's text as UTF-8 bytes for System.Text.Json. The input scan may have decoded a file as Latin-1 or
/// MacRoman (with a warning); the raw bytes of such a file are not UTF-8, so they are transcoded while streaming.
/// </summary>
internal static class Utf8Input
{
    public static Stream Open(InputFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file.Encoding is UTF8Encoding
            ? file.OpenRead()
            : Encoding.CreateTranscodingStream(file.OpenRead(), file.Encoding, Encoding.UTF8, leaveOpen: false);
    }
}
