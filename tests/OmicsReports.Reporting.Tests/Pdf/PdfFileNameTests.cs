using OmicsReports.Reporting.Pdf;

namespace OmicsReports.Reporting.Tests.Pdf;

public class PdfFileNameTests
{
    public static TheoryData<string?, string, string, int, string> Names => new()
    {
        { "MRN-004711", "S-2026-0042", "R-2026-0042", 1, "MRN-004711_S-2026-0042_R-2026-0042_v1.pdf" },
        { "123 456", "TCGA-A1-A0SB-01", "r1", 12, "123-456_TCGA-A1-A0SB-01_r1_v12.pdf" },
        { "../../etc/passwd", "S/1\\2", "R:1*?\"<>|", 2, "etc-passwd_S-1-2_R-1_v2.pdf" },
        { "Müller_Ørsted", "Échantillon", "ß1", 3, "Muller-rsted_Echantillon_1_v3.pdf" },
        { null, "S1", "R1", 1, "unknown_S1_R1_v1.pdf" },
        { "   ", "...", "..a..b..", 1, "unknown_unknown_a.b_v1.pdf" },
        { "a\u0000b\nc", "x\ty", "R1", 1, "a-b-c_x-y_R1_v1.pdf" },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void For_AnyIdentifiers_GivesAPortableName(string? mrn, string sample, string report, int version, string expected) =>
        Assert.Equal(expected, PdfFileName.For(mrn, sample, report, version));

    [Fact]
    public void For_VeryLongParts_StaysWellUnderTheFileSystemLimit()
    {
        var name = PdfFileName.For(new string('9', 500), new string('s', 500), new string('r', 500), 99);

        Assert.True(name.Length <= (3 * PdfFileName.MaxPartLength) + 10, name);
        Assert.EndsWith("_v99.pdf", name, StringComparison.Ordinal);
    }

    [Fact]
    public void For_NegativeVersion_IsAProgrammerError() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PdfFileName.For("m", "s", "r", -1));
}
