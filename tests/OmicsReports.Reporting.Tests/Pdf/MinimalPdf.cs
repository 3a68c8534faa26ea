using System.Text;

namespace OmicsReports.Reporting.Tests.Pdf;

/// <summary>
/// Hand-built one-page PDFs with exact offsets: one with a classic cross-reference table (PDF 1.4, as Chromium
/// writes), one with a cross-reference stream (PDF 1.5, as many other producers write).
/// </summary>
public static class MinimalPdf
{
    private static readonly string[] Objects =
    [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
        "<< /Title (Old title) /Producer (Hand-built) >>",
    ];

    /// <summary>Catalog, pages, page and an old Info dictionary; <paramref name="trailerExtra"/> goes into the trailer.</summary>
    public static byte[] WithXrefTable(string trailerExtra = "/ID [<0A1B2C> <3D4E5F>]")
    {
        var pdf = new Builder("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = Objects.Select((body, i) => pdf.Object(i + 1, body)).ToList();
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {Objects.Length + 1}\n0000000000 65535 f\r\n");
        foreach (var offset in offsets)
        {
            pdf.Append($"{offset:D10} 00000 n\r\n");
        }

        pdf.Append($"trailer\n<< /Size {Objects.Length + 1} /Root 1 0 R /Info 4 0 R {trailerExtra} >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.Bytes;
    }

    /// <summary>The same objects, indexed by an unfiltered cross-reference stream (object 5) with /W [1 2 1].</summary>
    public static byte[] WithXrefStream()
    {
        var pdf = new Builder("%PDF-1.5\n");
        var offsets = Objects.Select((body, i) => pdf.Object(i + 1, body)).ToList();
        var xref = pdf.Length;
        offsets.Add(xref);
        var rows = new List<byte> { 0, 0, 0, 255 };
        foreach (var offset in offsets)
        {
            rows.AddRange([1, (byte)(offset >> 8), (byte)offset, 0]);
        }

        pdf.Append($"5 0 obj\n<< /Type /XRef /Size 6 /Root 1 0 R /Info 4 0 R /ID [<0A1B2C> <3D4E5F>] /W [1 2 1] /Length {rows.Count} >>\nstream\n");
        pdf.Append([.. rows]);
        pdf.Append($"\nendstream\nendobj\nstartxref\n{xref}\n%%EOF\n");
        return pdf.Bytes;
    }

    private sealed class Builder(string header)
    {
        private readonly List<byte> bytes = [.. Encoding.Latin1.GetBytes(header)];

        public int Length => bytes.Count;

        public byte[] Bytes => [.. bytes];

        public int Object(int number, string body)
        {
            var offset = bytes.Count;
            Append($"{number} 0 obj\n{body}\nendobj\n");
            return offset;
        }

        public void Append(string text) => bytes.AddRange(Encoding.Latin1.GetBytes(text));

        public void Append(byte[] data) => bytes.AddRange(data);
    }
}
