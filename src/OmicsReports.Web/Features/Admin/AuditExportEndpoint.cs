using System.Security.Claims;
using System.Text;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Identity;
using OmicsReports.Web.Features.Account;

namespace OmicsReports.Web.Features.Admin;

/// <summary>The audit trail as CSV, with the audit page's filters: for administrators only, and itself audited.</summary>
internal static class AuditExportEndpoint
{
    public static IEndpointRouteBuilder MapAuditExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(AuditFilter.ExportPath, ExportAsync).RequireAuthorization(Policies.Administer);
        return endpoints;
    }

    private static async Task<IResult> ExportAsync(
        HttpContext context, ClaimsPrincipal principal, AuditLog log, AuditTrail audit, TimeProvider clock,
        string? patient, string? user, string? action, string? record, string? from, string? to)
    {
        var filter = AuditFilter.Parse(patient, user, action, record, from, to);
        var entries = await log.ExportAsync(filter.ToQuery(), context.RequestAborted);
        // Recorded before the file leaves: the export itself is an entry of the trail (and of the next export).
        await audit.RecordAsync(AuditActions.AuditExported, principal, AuditTargets.AuditTrail, string.Empty, RemoteAddress.Of(context),
            $"{entries.Count} entries exported as CSV ({filter.Describe()})", context.RequestAborted);
        var stamp = clock.GetUtcNow().ToString("yyyyMMdd-HHmm", System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(AuditCsv.Write(entries))).ToArray(),
            "text/csv; charset=utf-8", $"omics-audit-{stamp}.csv");
    }
}
