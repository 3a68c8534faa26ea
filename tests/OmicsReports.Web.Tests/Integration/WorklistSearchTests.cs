using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Data.Cases;
using OmicsReports.Data.Patients;
using OmicsReports.Web.Features.Worklist;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Integration;

/// <summary>The worklist's search on the real database, and how a typed name matches a patient.</summary>
[Collection(WebCollection.Name)]
public class WorklistSearchTests(OmicsWebFactory app)
{
    [Theory]
    [InlineData("muller")]
    [InlineData("MÜLLER")]
    [InlineData("jürgen müller")]
    [InlineData("jurgen muller")]
    [InlineData("muller jurgen")]
    [InlineData("Müller, Jürgen")]
    [InlineData("muller, j")]
    [InlineData("demo-0003")]
    [InlineData("demo-s3")]
    public async Task Search_FindsTheDemoPatientMuller_HoweverTheNameIsTyped(string typed)
    {
        var page = await app.Services.GetRequiredService<CaseWorklist>().SearchAsync(new WorklistQuery(typed));

        Assert.Equal(["DEMO-S3-LUNG"], page.Rows.Select(r => r.SampleId));
        Assert.Equal(1, page.Total);
    }

    [Theory]
    [InlineData("anna muller")]
    [InlineData("muller, a")]
    [InlineData("lindqvist, j")]
    public async Task Search_ThatNamesNoPatient_FindsNothing(string typed) =>
        Assert.Equal(0, (await app.Services.GetRequiredService<CaseWorklist>().SearchAsync(new WorklistQuery(typed))).Total);

    [Theory]
    [InlineData("Müller-Lüdenscheidt", "muller-ludenscheidt")]
    [InlineData("Søren Ærø", "soren aero")]
    [InlineData("  Straße \t Łódź ", "strasse lodz")]
    [InlineData("", "")]
    public void Fold_DropsCaseAndAccents(string text, string folded) => Assert.Equal(folded, PatientSearch.Fold(text));

    [Fact]
    public void View_RoundTripsThroughTheAddress_AndLeavesDefaultsOut()
    {
        var view = new WorklistView("müller", Data.Reports.ReportStatus.InReview, "LUAD", WorklistSort.Patient, Descending: false, Page: 2);

        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://x" + view.Href).Query);
        var parsed = WorklistView.Parse(query["q"], query["status"], query["type"], query["sort"], query["dir"], int.Parse(query["page"]!, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(view, parsed);
        Assert.Equal("/patients", new WorklistView().Href);
    }
}
