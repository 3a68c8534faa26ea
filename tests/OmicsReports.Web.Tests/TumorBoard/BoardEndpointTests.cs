using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Data;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Boards;
using OmicsReports.Data.Identity;
using OmicsReports.Web.Tests.Infrastructure;
using OmicsReports.Testing;

namespace OmicsReports.Web.Tests.TumorBoard;

/// <summary>The minutes and packet over real HTTP, printed by real Chromium and read back with pdftotext.</summary>
[Collection(WebCollection.Name)]
[Trait(DatabaseMatrix.Trait, DatabaseMatrix.Both)]
public sealed class BoardEndpointTests(OmicsWebFactory app)
{
    private const string Anonymous = "anonymous";

    public static TheoryData<string, string, bool> Matrix()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var document in new[] { "minutes.pdf", "packet.pdf" })
        {
            foreach (var role in Roles.All.Append(Anonymous))
            {
                data.Add(document, role, role is Roles.Oncologist or Roles.Pathologist or Roles.Admin);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Document_ByRole_IsServedOnlyToThoseWhoMayJoin(string document, string role, bool allowed)
    {
        var board = await app.MeetingAsync(demoCases: [0]);
        using var client = await SignedInAsync(role);

        var response = await client.Http.GetAsync($"/api/boards/{board.Id}/{document}");

        if (allowed)
        {
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
            return;
        }

        Assert.Equal(role == Anonymous ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Minutes_PrintEachCaseWithItsDecision_AndAreAudited()
    {
        var board = await app.MeetingAsync(demoCases: [0, 1]);
        using (var scope = app.Services.CreateScope())
        {
            var saved = await scope.ServiceProvider.GetRequiredService<BoardDecisions>().SaveAsync(board.Presenter, board.Id, board.Item(0).Id,
                DecisionInput.Empty with { ImplicationIndex = BoardDecisionTests.CombinationIndex, ClinicalTrialReferral = true, TrialDetails = "basket trial", Rationale = "Tier IA in melanoma." }, null, final: true);
            Assert.True(saved.Succeeded, saved.Message);
        }

        var patient = await app.PatientAsync(board.Cases[0].CaseId);
        using var client = await SignedInAsync(Roles.Oncologist);

        var text = await PdfTextAsync(await client.Http.GetByteArrayAsync($"/api/boards/{board.Id}/minutes.pdf"));

        Assert.Contains("Tumour board minutes", text, StringComparison.Ordinal);
        Assert.Contains("Molecular tumour board", text, StringComparison.Ordinal);
        Assert.Contains($"Case 1 · {patient.FamilyName}, {patient.GivenName}", text, StringComparison.Ordinal);
        Assert.Contains("Recommended therapy: dabrafenib + trametinib (BRAF V600E or V600K: BRAF V600E, tier IA)", text, StringComparison.Ordinal);
        Assert.Contains("Refer for a clinical trial: basket trial", text, StringComparison.Ordinal);
        Assert.Contains("Rationale: Tier IA in melanoma.", text, StringComparison.Ordinal);
        Assert.Contains("Question on case 2", text, StringComparison.Ordinal);
        Assert.Contains("No decision recorded.", text, StringComparison.Ordinal);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>().CreateDbContextAsync();
        var exports = await db.AuditEntries.AsNoTracking().Where(e => e.Action == AuditActions.Export && e.UserName == DemoEmail(Roles.Oncologist)).ToListAsync();
        Assert.Contains(exports, e => e.TargetType == AuditTargets.BoardMeeting && e.TargetId == board.Id.ToString() && e.Detail.StartsWith("tumour board minutes PDF, 2 case(s)", StringComparison.Ordinal));
        Assert.All(board.Meeting.Items, item => Assert.Contains(exports, e => e.TargetId == item.ReportVersionId.ToString() && e.Detail.Contains("minutes", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task DeIdentifiedMeeting_MinutesAndPacket_NameNoPatient()
    {
        var board = await app.MeetingAsync(deIdentified: true, demoCases: [0, 2]);
        using var client = await SignedInAsync(Roles.Pathologist);

        var minutes = await PdfTextAsync(await client.Http.GetByteArrayAsync($"/api/boards/{board.Id}/minutes.pdf"));
        var packet = await PdfTextAsync(await client.Http.GetByteArrayAsync($"/api/boards/{board.Id}/packet.pdf"));

        foreach (var version in board.Cases)
        {
            var patient = await app.PatientAsync(version.CaseId);
            foreach (var identifier in new[] { patient.FamilyName, patient.GivenName, patient.Mrn!, version.SampleId, patient.BirthDate!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) })
            {
                Assert.DoesNotContain(identifier, minutes, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(identifier, packet, StringComparison.OrdinalIgnoreCase);
            }
        }

        Assert.Contains("Case 1 · ", minutes, StringComparison.Ordinal);
        Assert.Contains("Patient case 2", packet, StringComparison.Ordinal);
        Assert.Contains("dabrafenib", packet, StringComparison.Ordinal);
    }

    private async Task<SignInClient> SignedInAsync(string role)
    {
        var client = new SignInClient(app.BaseAddress);
        if (role != Anonymous)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(DemoEmail(role), OmicsWebFactory.DemoPassword)).StatusCode);
        }

        return client;
    }

    private static string DemoEmail(string role) => DemoOptions.EmailFor(role);

    /// <summary>The text of a PDF as pdftotext (poppler-utils) extracts it, white space folded.</summary>
    internal static async Task<string> PdfTextAsync(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"omics-board-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "-enc", "UTF-8", path, "-" })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext did not start; install poppler-utils.");
            var output = await process.StandardOutput.ReadToEndAsync();
            var errors = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0 && errors.Length == 0, $"pdftotext failed ({process.ExitCode}): {errors}");
            return System.Text.RegularExpressions.Regex.Replace(output, @"\s+", " ");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
