using Bunit;
using OmicsReports.Domain.Cases;
using OmicsReports.Reporting.Components;

namespace OmicsReports.Reporting.Tests.Components;

public class ReportHeaderTests : MudComponentTests
{
    [Fact]
    public void Header_ShowsIdentitySpecimenTumourTypeStatusVersionAndKnowledgeBase()
    {
        var header = Render<ReportHeader>(p => p
            .Add(h => h.Case, ReportFixtures.Case())
            .Add(h => h.Report, ReportFixtures.Report())
            .Add(h => h.Version, ReportFixtures.Header(VersionState.Signed)));

        Assert.Equal("Doe, Jane", header.Find("h1").TextContent.Trim());
        var facts = header.FindAll("dl div").ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!.TextContent);
        Assert.Equal("MRN-1", facts["MRN"]);
        Assert.Equal("1960-01-02", facts["Date of birth"]);
        Assert.Equal("Female", facts["Sex"]);
        Assert.Equal("S1 (Primary)", facts["Specimen"]);
        Assert.Equal("Cutaneous Melanoma (SKCM)", facts["Tumour type"]);
        Assert.Equal("3", facts["Version"]);
        Assert.Equal("kb-test-7", facts["Knowledge base"]);
        Assert.Equal("Dr. Test, 2026-11-02 10:30 UTC", facts["Signed"]);
        Assert.Equal("Signed", header.Find(".omics-status").TextContent.Trim());
    }

    [Fact]
    public void Header_MissingDemographics_SayNotRecordedRatherThanBlank()
    {
        var omicsCase = ReportFixtures.Case() with { Patient = new Patient { Id = "TCGA-01" } };
        var report = ReportFixtures.Report() with { TumorType = null };

        var header = Render<ReportHeader>(p => p.Add(h => h.Case, omicsCase).Add(h => h.Report, report).Add(h => h.Version, ReportFixtures.Header()));

        Assert.Equal("Patient TCGA-01", header.Find("h1").TextContent.Trim());
        var facts = header.FindAll("dl div").ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!.TextContent);
        Assert.Equal("not recorded", facts["MRN"]);
        Assert.Equal("not recorded", facts["Date of birth"]);
        Assert.Equal("not given", facts["Tumour type"]);
        Assert.False(facts.ContainsKey("Signed"));
    }

    [Fact]
    public void Header_SupersededVersion_SaysWhichVersionAmendsIt()
    {
        var header = Render<ReportHeader>(p => p
            .Add(h => h.Case, ReportFixtures.Case())
            .Add(h => h.Report, ReportFixtures.Report())
            .Add(h => h.Version, ReportFixtures.Header(VersionState.Signed) with { SupersededBy = 4 }));

        Assert.Contains("version 4 amends this report", header.Find(".omics-banner--superseded").TextContent, StringComparison.Ordinal);
    }
}
