using OmicsReports.Domain.Cases;
using OmicsReports.Reporting.Print;

namespace OmicsReports.Reporting.Tests.Print;

public class PrintFormatTests
{
    [Theory]
    [InlineData("Müller", "Åsa", "MÜLLER, Åsa")]
    [InlineData("Okafor", null, "OKAFOR")]
    [InlineData(null, "Chidi", "Chidi")]
    [InlineData(null, null, "Patient P-9")]
    public void PatientName_AnyKnownParts_PrintsWhatIsKnown(string? family, string? given, string expected) =>
        Assert.Equal(expected, PrintFormat.PatientName(new Patient { Id = "P-9", FamilyName = family, GivenName = given }));

    [Theory]
    [InlineData(0, "2026-11-21 09:30 UTC")]
    [InlineData(60, "2026-11-21 09:30 UTC+01:00")]
    public void Timestamp_Offset_IsExplicit(int offsetMinutes, string expected) =>
        Assert.Equal(expected, PrintFormat.Timestamp(new DateTimeOffset(2026, 11, 21, 9, 30, 0, TimeSpan.FromMinutes(offsetMinutes))));

    [Fact]
    public void Date_Missing_SaysNotRecorded() => Assert.Equal(PrintFormat.NotRecorded, PrintFormat.Date(null));
}
