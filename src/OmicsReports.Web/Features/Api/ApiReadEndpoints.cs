using System.Globalization;
using OmicsReports.Data.Api;
using OmicsReports.Data.Reports;
using OmicsReports.Web.Features.Report;

namespace OmicsReports.Web.Features.Api;

/// <summary>A changed case in the list, with the address of its newest report.</summary>
internal sealed record ChangedCaseLink(Guid CaseId, string SampleId, int LatestVersion, string LatestStatus, DateTimeOffset ChangedAt, string Report);

/// <summary>
/// Reading with the read scope: a version's report as JSON, PDF, FHIR or HL7 v2 through the same renderers and audit
/// as the users' downloads, and the cases changed since a time.
/// </summary>
internal static class ApiReadEndpoints
{
    private const int MaxChanges = 500;

    public static void MapReadEndpoints(this RouteGroupBuilder api)
    {
        api.MapGroup("/cases/{caseId:guid}/reports/{version:int}").RequireAuthorization(ApiAuth.ReadPolicy).MapVersionDownloads();
        api.MapGet("/cases", ChangedAsync).RequireAuthorization(ApiAuth.ReadPolicy)
            .Produces<IReadOnlyList<ChangedCaseLink>>().ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("Cases whose newest version changed after changedSince (ISO 8601 with offset), oldest change first, at most 500.");
    }

    private static async Task<IResult> ChangedAsync(string? changedSince, CaseChanges changes, CancellationToken cancellationToken)
    {
        if (!DateTimeOffset.TryParse(changedSince, CultureInfo.InvariantCulture, DateTimeStyles.None, out var since) || !HasOffset(changedSince!))
        {
            return ApiProblems.Problem(StatusCodes.Status400BadRequest, "changedSince needed",
                "Give changedSince as an ISO 8601 time with its offset, for example 2026-12-06T08:00:00Z.");
        }

        var cases = await changes.SinceAsync(since, MaxChanges, cancellationToken);
        return TypedResults.Ok(cases.Select(c => new ChangedCaseLink(c.CaseId, c.SampleId, c.LatestVersion, ReportStatusText.ToStored(c.LatestStatus), c.ChangedAt,
            $"{ApiAuth.Prefix}/cases/{c.CaseId}/reports/{c.LatestVersion}/report.json")).ToList());
    }

    // A time without an offset would be read in the server's zone; a laboratory system must say which it means.
    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
}
