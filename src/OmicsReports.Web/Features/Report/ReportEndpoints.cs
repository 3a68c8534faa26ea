using System.Security.Claims;
using System.Text.Json;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Identity;
using OmicsReports.Data.Reports;
using OmicsReports.Domain.Serialization;
using OmicsReports.Reporting.Pdf;
using OmicsReports.Web.Features.Account;
using OmicsReports.Web.Hosting;

namespace OmicsReports.Web.Features.Report;

/// <summary>
/// Downloads of a version: its stored snapshots as JSON and its printed PDF, for clinicians and pathologists; every
/// download is audited.
/// </summary>
internal static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api/cases/{caseId:guid}/reports/{version:int}").RequireAuthorization(Policies.ViewPatients).MapVersionDownloads();
        return endpoints;
    }

    /// <summary>
    /// The downloads of one version under <paramref name="reports"/>, a group whose route names caseId and version:
    /// the users' /api/cases/… and the laboratory API's /api/v1/cases/…, each with its own authorization.
    /// </summary>
    public static RouteGroupBuilder MapVersionDownloads(this RouteGroupBuilder reports)
    {
        reports.MapGet("/report.json", (Guid caseId, int version, HttpContext context, ClaimsPrincipal user, ReportReader reader, AuditTrail audit) =>
            ExportAsync(caseId, version, "report", context, user, reader, audit));
        reports.MapGet("/case.json", (Guid caseId, int version, HttpContext context, ClaimsPrincipal user, ReportReader reader, AuditTrail audit) =>
            ExportAsync(caseId, version, "case", context, user, reader, audit));
        reports.MapGet("/report.pdf", (Guid caseId, int version, HttpContext context, ClaimsPrincipal user, ReportReader reader, AuditTrail audit,
            PdfExporter exporter, TimeProvider clock) => ExportPdfAsync(caseId, version, context, user, reader, audit, exporter, clock));
        reports.MapInteropEndpoints();
        return reports;
    }

    private static async Task<IResult> ExportAsync(
        Guid caseId, int version, string what, HttpContext context, ClaimsPrincipal user, ReportReader reader, AuditTrail audit)
    {
        var view = await reader.LoadAsync(caseId, version, context.RequestAborted);
        if (view is null)
        {
            return ApiResponses.NotFound();
        }

        await audit.RecordAsync(AuditActions.Export, user, AuditTargets.ReportVersion, view.VersionId.ToString(), RemoteAddress.Of(context),
            $"version {view.Version} {what} JSON downloaded", context.RequestAborted);
        var body = what == "report"
            ? JsonSerializer.SerializeToUtf8Bytes(view.Report, OmicsJson.Indented)
            : JsonSerializer.SerializeToUtf8Bytes(view.Case, OmicsJson.Indented);
        // The file name carries the sample id and version, never the patient's name.
        return TypedResults.File(body, "application/json", $"{view.Case.Specimen.SampleId}-v{view.Version}-{what}.json");
    }

    /// <summary>Seconds a client should wait before retrying an export that may succeed later (timeout, browser restart).</summary>
    private const int RetryAfterSeconds = 30;

    private static async Task<IResult> ExportPdfAsync(
        Guid caseId, int version, HttpContext context, ClaimsPrincipal user, ReportReader reader, AuditTrail audit, PdfExporter exporter, TimeProvider clock)
    {
        var view = await reader.LoadAsync(caseId, version, context.RequestAborted);
        if (view is null)
        {
            return ApiResponses.NotFound();
        }

        var request = ReportPrints.Request(view, clock.GetUtcNow());
        PdfFile file;
        try
        {
            file = await exporter.ExportAsync(request, context.RequestAborted);
        }
        catch (PdfExportException ex)
        {
            return PdfProblem(ex, context);
        }

        // Audited once the file exists: a failed attempt handed nothing out.
        await audit.RecordAsync(AuditActions.Export, user, AuditTargets.ReportVersion, view.VersionId.ToString(), RemoteAddress.Of(context),
            $"version {view.Version} report PDF downloaded ({request.Version.Status.ToString().ToLowerInvariant()})", context.RequestAborted);
        return TypedResults.File(file.Content, PdfFile.ContentType, file.FileName);
    }

    /// <summary>
    /// The answer when the PDF cannot be printed: the message is written for people (what happened, what to do) and
    /// names no patient; statuses as docs/pdf.md. Also used by the FHIR and HL7 exports of signed versions.
    /// </summary>
    internal static IResult PdfProblem(PdfExportException ex, HttpContext context)
    {
        if (ex.IsTransient)
        {
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return TypedResults.Problem(ex.Message, title: "The PDF could not be produced",
            statusCode: ex.Failure == PdfFailure.RenderFailed ? StatusCodes.Status500InternalServerError : StatusCodes.Status503ServiceUnavailable);
    }
}
