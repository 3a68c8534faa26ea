using Bunit;
using OmicsReports.Reporting.Components;

namespace OmicsReports.Reporting.Tests.Components;

/// <summary>Empty and error states: what the components say when there is nothing, or nothing readable, to show.</summary>
public class StatesTests : MudComponentTests
{
    [Fact]
    public void ReportProblem_Error_IsAnnouncedAsAnAlertWithAWayBack()
    {
        var problem = Render<ReportProblem>(p => p
            .Add(r => r.Title, "This report cannot be shown")
            .Add(r => r.Message, "The stored report could not be read.")
            .Add(r => r.IsError, true)
            .Add(r => r.BackHref, "/patients"));

        var section = problem.Find("section.omics-problem");
        Assert.Equal("alert", section.GetAttribute("role"));
        Assert.Equal("This report cannot be shown", problem.Find("h1").TextContent.Trim());
        Assert.Equal("/patients", problem.Find("a").GetAttribute("href"));
    }

    [Fact]
    public void ReportProblem_Absence_IsNotAnAlert()
    {
        var problem = Render<ReportProblem>(p => p.Add(r => r.Title, "Report not found").Add(r => r.Message, "No such version."));

        Assert.False(problem.Find("section").HasAttribute("role"));
        Assert.Empty(problem.FindAll("a"));
    }

    [Fact]
    public void SignatureBlock_Unsigned_SaysItIsNotAClinicalReportYet()
    {
        var block = Render<SignatureBlock>(p => p.Add(s => s.Version, ReportFixtures.Header(VersionState.InReview)));

        Assert.Equal("No interpretive comment.", block.Find(".omics-empty").TextContent.Trim());
        Assert.Contains("this in review is not a clinical report yet", block.Find(".omics-signature__line").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void SignatureBlock_SignedAmendment_ShowsReasonSignerAndAttestation()
    {
        var version = ReportFixtures.Header(VersionState.Amended) with { AmendsVersion = 2, AmendmentReason = "Exon corrected", InterpretiveComment = "EGFR L858R." };

        var block = Render<SignatureBlock>(p => p.Add(s => s.Version, version));

        Assert.Contains("Amends version 2. Reason: Exon corrected", block.Find(".omics-banner").TextContent, StringComparison.Ordinal);
        Assert.Contains("Signed by Dr. Test", block.Find(".omics-signature__line").TextContent, StringComparison.Ordinal);
        Assert.Equal("\"I approve.\"", block.Find(".omics-signature__attestation").TextContent.Trim());
    }

    [Theory]
    [InlineData(VersionState.Draft, "Draft: not signed, not for clinical decisions.")]
    [InlineData(VersionState.InReview, "In review: not signed, not for clinical decisions.")]
    public void Banners_UnsignedVersion_SayItIsNotForClinicalDecisions(VersionState state, string text)
    {
        var banners = Render<ReportBanners>(p => p.Add(b => b.Version, ReportFixtures.Header(state)));

        Assert.Equal(text, banners.Find("#report-unsigned").TextContent.Trim());
    }

    [Theory]
    [InlineData(VersionState.Signed)]
    [InlineData(VersionState.Amended)]
    public void Banners_SignedVersion_HasNoUnsignedBanner(VersionState state)
    {
        var banners = Render<ReportBanners>(p => p.Add(b => b.Version, ReportFixtures.Header(state)));

        Assert.Empty(banners.FindAll("#report-unsigned"));
    }

    [Fact]
    public void Banners_Amendment_ShowReasonAndInterpretiveCommentOnTheSummary()
    {
        var version = ReportFixtures.Header(VersionState.Amended) with { AmendsVersion = 1, AmendmentReason = "EGFR exon corrected", InterpretiveComment = "Osimertinib first line." };

        var banners = Render<ReportBanners>(p => p.Add(b => b.Version, version));

        var amendment = banners.Find("#report-amendment").TextContent;
        Assert.Contains("Amends version 1.", amendment, StringComparison.Ordinal);
        Assert.Contains("Reason: EGFR exon corrected", amendment, StringComparison.Ordinal);
        Assert.Contains("Interpretive comment: Osimertinib first line.", amendment, StringComparison.Ordinal);
    }
}
