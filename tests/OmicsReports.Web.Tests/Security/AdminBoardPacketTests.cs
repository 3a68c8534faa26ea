using System.Globalization;
using System.Net;
using OmicsReports.Data.Identity;
using OmicsReports.Web.Tests.Infrastructure;
using OmicsReports.Web.Tests.TumorBoard;

namespace OmicsReports.Web.Tests.Security;

/// <summary>
/// Issue 12, finding 10 (HTTP): an administrator coordinates boards but may open no report, so the board documents
/// an administrator downloads are de-identified even when the meeting itself is not.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class AdminBoardPacketTests(OmicsWebFactory app)
{
    [Theory]
    [InlineData("packet.pdf")]
    [InlineData("minutes.pdf")]
    public async Task BoardDocument_ForAnAdmin_NamesNoPatient_EvenWhenTheMeetingIsIdentified(string file)
    {
        var board = await app.MeetingAsync(deIdentified: false, demoCases: [0]);
        using var admin = new SignInClient(app.BaseAddress);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SignInAsync(Data.DemoOptions.EmailFor(Roles.Admin), OmicsWebFactory.DemoPassword)).StatusCode);
        using var pathologist = new SignInClient(app.BaseAddress);
        await pathologist.SignInAsync(Data.DemoOptions.EmailFor(Roles.Pathologist), OmicsWebFactory.DemoPassword);

        var forAdmin = await BoardEndpointTests.PdfTextAsync(await admin.Http.GetByteArrayAsync($"/api/boards/{board.Id}/{file}"));
        var forPathologist = await BoardEndpointTests.PdfTextAsync(await pathologist.Http.GetByteArrayAsync($"/api/boards/{board.Id}/{file}"));

        var patient = await app.PatientAsync(board.Cases[0].CaseId);
        Assert.Contains(patient.FamilyName, forPathologist, StringComparison.OrdinalIgnoreCase);
        foreach (var identifier in new[] { patient.FamilyName, patient.GivenName, patient.Mrn!, board.Cases[0].SampleId, patient.BirthDate!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) })
        {
            Assert.DoesNotContain(identifier, forAdmin, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("dabrafenib", forAdmin, StringComparison.Ordinal);
    }
}
