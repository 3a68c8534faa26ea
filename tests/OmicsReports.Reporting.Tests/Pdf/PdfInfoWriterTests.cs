using System.Text;
using OmicsReports.Reporting.Pdf;

namespace OmicsReports.Reporting.Tests.Pdf;

public class PdfInfoWriterTests : IDisposable
{
    private static readonly PdfMetadata Metadata = new(
        Title: "Report R-1 v2 — Müller ≥ 10 µg",
        Author: "Dr. Jörg Ørsted",
        Subject: "Sample S-1 (Melanoma); final",
        Keywords: "report R-1; version 2",
        Creator: "OmicsReports",
        Producer: "Test producer",
        Created: new DateTimeOffset(2026, 11, 21, 9, 30, 0, TimeSpan.FromHours(1)));

    private readonly string folder = Directory.CreateTempSubdirectory("omics-pdfinfo-").FullName;

    public static TheoryData<string> Fixtures => ["table", "stream"];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_AsBuilt_IsAValidPdfWithItsOldTitle(string kind)
    {
        var info = Poppler.Info(Save(Fixture(kind), kind));

        Assert.Equal("1", info["Pages"]);
        Assert.Equal("Old title", info["Title"]);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Append_EitherXrefKind_PdfinfoReadsEveryNewField(string kind)
    {
        var updated = PdfInfoWriter.Append(Fixture(kind), Metadata);

        var info = Poppler.Info(Save(updated, kind));
        Assert.Equal("1", info["Pages"]);
        Assert.Equal(Metadata.Title, info["Title"]);
        Assert.Equal(Metadata.Author, info["Author"]);
        Assert.Equal(Metadata.Subject, info["Subject"]);
        Assert.Equal(Metadata.Keywords, info["Keywords"]);
        Assert.Equal(Metadata.Creator, info["Creator"]);
        Assert.Equal(Metadata.Producer, info["Producer"]);
        Assert.Contains("2026", info["CreationDate"], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Append_EitherXrefKind_KeepsOriginalBytesAndChainsToThePreviousSection(string kind)
    {
        var original = Fixture(kind);
        var before = PdfTrailer.Read(original);

        var updated = PdfInfoWriter.Append(original, Metadata);

        Assert.Equal(original, updated[..original.Length]);
        var after = PdfTrailer.Read(updated);
        Assert.Equal(before.Kind, after.Kind);
        Assert.True(after.XrefOffset >= original.Length);
        Assert.Equal(before.Size + (kind == "table" ? 1 : 2), after.Size);
        Assert.Equal(before.Id, after.Id);
        var appended = Encoding.Latin1.GetString(updated[original.Length..]);
        Assert.Contains($"/Prev {before.XrefOffset}", appended, StringComparison.Ordinal);
    }

    [Fact]
    public void Append_Twice_TheLastUpdateWins()
    {
        var once = PdfInfoWriter.Append(MinimalPdf.WithXrefTable(), Metadata);

        var twice = PdfInfoWriter.Append(once, Metadata with { Title = "Second title" });

        Assert.Equal("Second title", Poppler.Info(Save(twice, "twice"))["Title"]);
    }

    [Fact]
    public void Append_BinaryLiteralId_IsCopiedByteForByte()
    {
        var id = "[(\u00e9\u0001\\)x) (plain)]";
        var original = MinimalPdf.WithXrefTable($"/ID {id}");

        var updated = PdfInfoWriter.Append(original, Metadata);

        var trailer = Encoding.Latin1.GetString(updated[original.Length..]);
        Assert.Contains($"/ID {id}", trailer, StringComparison.Ordinal);
        Assert.Equal(Metadata.Title, Poppler.Info(Save(updated, "binary-id"))["Title"]);
    }

    [Fact]
    public void Append_EncryptedPdf_IsRefused()
    {
        var encrypted = MinimalPdf.WithXrefTable("/Encrypt 9 0 R");

        var error = Assert.Throws<InvalidDataException>(() => PdfInfoWriter.Append(encrypted, Metadata));
        Assert.Contains("encrypted", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Append_NotAPdf_SaysWhatIsMissing()
    {
        var error = Assert.Throws<InvalidDataException>(() => PdfInfoWriter.Append("hello"u8, Metadata));
        Assert.Contains("startxref", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Append_StartxrefPointingNowhereUseful_SaysWhere()
    {
        var broken = Encoding.Latin1.GetBytes("%PDF-1.4\nfoo bar baz\nstartxref\n9\n%%EOF\n");

        var error = Assert.Throws<InvalidDataException>(() => PdfInfoWriter.Append(broken, Metadata));
        Assert.Contains("at byte 9", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "(D:20261121093000Z)")]
    [InlineData(60, "(D:20261121093000+01'00')")]
    [InlineData(-330, "(D:20261121093000-05'30')")]
    public void Date_Offset_IsWrittenAsPdfDate(int offsetMinutes, string expected)
    {
        var time = new DateTimeOffset(2026, 11, 21, 9, 30, 0, TimeSpan.FromMinutes(offsetMinutes));

        Assert.Equal(expected, PdfInfoWriter.Date(time));
    }

    [Fact]
    public void TextString_NonAscii_IsUtf16BigEndianWithByteOrderMark() =>
        Assert.Equal("<FEFF00B5>", PdfInfoWriter.TextString("µ"));

    public void Dispose()
    {
        Directory.Delete(folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    private static byte[] Fixture(string kind) => kind == "table" ? MinimalPdf.WithXrefTable() : MinimalPdf.WithXrefStream();

    private string Save(byte[] pdf, string name)
    {
        var path = Path.Combine(folder, name + ".pdf");
        File.WriteAllBytes(path, pdf);
        return path;
    }
}
