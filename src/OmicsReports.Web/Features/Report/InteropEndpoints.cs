using System.Security.Claims;
using System.Text;
using Microsoft.Extensions.Options;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Reports;
using OmicsReports.Ingest.Knowledge;
using OmicsReports.Reporting.Fhir;
using OmicsReports.Reporting.Hl7v2;
using OmicsReports.Reporting.Interop;
using OmicsReports.Reporting.Pdf;
using OmicsReports.Web.Features.Account;

namespace OmicsReports.Web.Features.Report;

/// <summary>
/// A version as FHIR R4 (Genomics Reporting IG) and as HL7 v2.5.1 ORU^R01, for the same roles as the PDF. A signed
/// version carries its PDF, printed as the PDF endpoint prints it. Every download is audited, and no cache may keep
/// the file: it identifies the patient.
/// </summary>
internal static class InteropEndpoints
{
    public static RouteGroupBuilder MapInteropEndpoints(this RouteGroupBuilder reports)
    {
        reports.MapGet("/report.fhir.json", (Guid caseId, int version, HttpContext context, ClaimsPrincipal user, ReportReader reader, AuditTrail audit,
            PdfExporter exporter, TimeProvider clock, LoadedKnowledge knowledge) =>
            ExportAsync(new(caseId, version, context, user, reader, audit, exporter, clock, knowledge), "FHIR", (request, extras) =>
                TypedResults.Bytes(FhirReportWriter.Write(request, extras), FhirReportWriter.ContentType, Name(request, ".fhir.json"))));
        reports.MapGet("/report.hl7", (Guid caseId, int version, HttpContext context, ClaimsPrincipal user, ReportReader reader, AuditTrail audit,
            PdfExporter exporter, TimeProvider clock, LoadedKnowledge knowledge, IOptions<Hl7Options> hl7) =>
            ExportAsync(new(caseId, version, context, user, reader, audit, exporter, clock, knowledge), "HL7 v2", (request, extras) =>
                TypedResults.Bytes(Encoding.UTF8.GetBytes(OruR01Writer.Write(request, hl7.Value, extras)), OruR01Writer.ContentType, Name(request, ".hl7"))));
        return reports;
    }

    private static async Task<IResult> ExportAsync(Export export, string format, Func<Reporting.Print.PrintRequest, InteropExtras, IResult> write)
    {
        var context = export.Context;
        var view = await export.Reader.LoadAsync(export.CaseId, export.Version, context.RequestAborted);
        if (view is null)
        {
            return TypedResults.NotFound();
        }

        var request = ReportPrints.Request(view, export.Clock.GetUtcNow());
        var extras = new InteropExtras { Genes = export.Knowledge.Genes };
        if (view.Status.IsSigned())
        {
            try
            {
                var pdf = await export.Exporter.ExportAsync(request, context.RequestAborted);
                extras = extras with { SignedPdf = pdf.Content, SignedPdfFileName = pdf.FileName };
            }
            catch (PdfExportException ex)
            {
                return ReportEndpoints.PdfProblem(ex, context);
            }
        }

        var result = write(request, extras);
        await export.Audit.RecordAsync(AuditActions.Export, export.User, AuditTargets.ReportVersion, view.VersionId.ToString(), RemoteAddress.Of(context),
            $"version {view.Version} report {format} downloaded ({request.Version.Status.ToString().ToLowerInvariant()})", context.RequestAborted);
        context.Response.Headers.CacheControl = "no-store";
        return result;
    }

    // The file name carries the sample id and version, never the patient's name.
    private static string Name(Reporting.Print.PrintRequest request, string suffix) => $"{request.Case.Specimen.SampleId}-v{request.Version.Version}-report{suffix}";

    private sealed record Export(
        Guid CaseId, int Version, HttpContext Context, ClaimsPrincipal User, ReportReader Reader, AuditTrail Audit, PdfExporter Exporter, TimeProvider Clock,
        LoadedKnowledge Knowledge);
}
