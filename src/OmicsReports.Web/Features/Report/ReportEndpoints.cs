using System.Security.Claims;
using System.Text.Json;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Identity;
using OmicsReports.Data.Reports;
using OmicsReports.Domain.Serialization;
using OmicsReports.Web.Features.Account;

namespace OmicsReports.Web.Features.Report;

/// <summary>Downloads of a version's stored snapshots, for clinicians and pathologists; every download is audited.</summary>
internal static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var reports = endpoints.MapGroup("/api/cases/{caseId:guid}/reports/{version:int}").RequireAuthorization(Policies.ViewPatients);
        reports.MapGet("/report.json", (Guid caseId, int version, HttpContext context, ClaimsPrincipal user, ReportReader reader, AuditTrail audit) =>
            ExportAsync(caseId, version, "report", context, user, reader, audit));
        reports.MapGet("/case.json", (Guid caseId, int version, HttpContext context, ClaimsPrincipal user, ReportReader reader, AuditTrail audit) =>
            ExportAsync(caseId, version, "case", context, user, reader, audit));
        return endpoints;
    }

    private static async Task<IResult> ExportAsync(
        Guid caseId, int version, string what, HttpContext context, ClaimsPrincipal user, ReportReader reader, AuditTrail audit)
    {
        var view = await reader.LoadAsync(caseId, version, context.RequestAborted);
        if (view is null)
        {
            return TypedResults.NotFound();
        }

        await audit.RecordAsync(AuditActions.Export, user, AuditTargets.ReportVersion, view.VersionId.ToString(), RemoteAddress.Of(context),
            $"version {view.Version} {what} JSON downloaded", context.RequestAborted);
        var body = what == "report"
            ? JsonSerializer.SerializeToUtf8Bytes(view.Report, OmicsJson.Indented)
            : JsonSerializer.SerializeToUtf8Bytes(view.Case, OmicsJson.Indented);
        // The file name carries the sample id and version, never the patient's name.
        return TypedResults.File(body, "application/json", $"{view.Case.Specimen.SampleId}-v{view.Version}-{what}.json");
    }
}
