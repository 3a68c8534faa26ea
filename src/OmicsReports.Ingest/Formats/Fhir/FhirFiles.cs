using System.Text;
using OmicsReports.Ingest.Pipeline;

namespace OmicsReports.Ingest.Formats.Fhir;

internal static class FhirFiles
{
    /// <summary>The file's text as UTF-8 bytes, without a byte-order mark.</summary>
    public static async Task<byte[]> ReadAsync(InputFile file, CancellationToken cancellationToken)
    {
        await using var stream = Common.Utf8Input.Open(file);
        using var memory = new MemoryStream();
        await stream.CopyToAsync(memory, cancellationToken);
        var bytes = memory.ToArray();
        var bom = Encoding.UTF8.Preamble;
        return bytes.AsSpan().StartsWith(bom) ? bytes[bom.Length..] : bytes;
    }

    /// <summary>True when the file starts a JSON object naming a resourceType that is not "Bundle".</summary>
    public static bool IsSingleResource(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var buffer = new char[4096];
        var head = new string(buffer, 0, reader.ReadBlock(buffer, 0, buffer.Length));
        return head.TrimStart().StartsWith('{') && head.Contains("\"resourceType\"", StringComparison.Ordinal)
            && !head.Contains("\"Bundle\"", StringComparison.Ordinal);
    }
}
