using System.Buffers;
using System.Text;
using OmicsReports.Reporting.Board;

namespace OmicsReports.Reporting.Tests.Board;

public class PdfReferencesTests
{
    [Theory]
    [InlineData("<< /Parent 4 0 R /Kids [5 0 R 6 0 R] >>", "<< /Parent 104 0 R /Kids [105 0 R 106 0 R] >>", 3)]
    [InlineData("<< /T (see 5 0 R) /N 5 >>", "<< /T (see 5 0 R) /N 5 >>", 0)]
    [InlineData("<< /T <35203020523e> /R 6 0 R>>", "<< /T <35203020523e> /R 106 0 R>>", 1)]
    [InlineData("[0 0 612 792]", "[0 0 612 792]", 0)]
    [InlineData("<< /W 1.5 /Name /F4 /Ref 4 0 R/Next 5 0 R >>", "<< /W 1.5 /Name /F4 /Ref 104 0 R/Next 105 0 R >>", 2)]
    public void Scan_RenumbersReferencesOnly(string body, string expected, int references)
    {
        var bytes = Encoding.Latin1.GetBytes(body);
        var output = new ArrayBufferWriter<byte>();
        var found = new List<int>();

        PdfReferences.Scan(bytes, 0, bytes.Length, n => n + 100, output, found);

        Assert.Equal(expected, Encoding.Latin1.GetString(output.WrittenSpan));
        Assert.Equal(references, found.Count);
    }
}
