using System.Security.Claims;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Identity;
using OmicsReports.Data.Knowledge;
using OmicsReports.Web.Features.Account;
using OmicsReports.Web.Hosting;

namespace OmicsReports.Web.Features.Knowledge;

/// <summary>
/// JSON for scripts and monitoring: the latest reanalysis run's progress (curators) and the affected cases
/// (pathologists and curators). Anonymous calls get 401, other roles 403; reading the affected list is audited.
/// </summary>
internal static class KnowledgeEndpoints
{
    public static IEndpointRouteBuilder MapKnowledgeEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/knowledge");
        api.MapGet("/reanalysis/latest", async (ReanalysisJob job, HttpContext context) =>
            await job.RecentAsync(1, context.RequestAborted) is [var run, ..] ? Results.Ok(run) : ApiResponses.NotFound())
            .RequireAuthorization(Policies.CurateKnowledge);
        api.MapGet("/affected", async (string? kind, int? skip, int? take, ReanalysisQueries queries, AuditTrail audit, ClaimsPrincipal user, HttpContext context) =>
            {
                CaseChange? filter = Enum.TryParse<CaseChange>(kind, ignoreCase: true, out var k) && k != CaseChange.None ? k : null;
                var page = await queries.AffectedAsync(filter, skip ?? 0, take ?? 50, context.RequestAborted);
                await audit.RecordAsync(AuditActions.ReanalysisViewed, user, AuditTargets.ReanalysisRun, page.RunId?.ToString() ?? string.Empty,
                    RemoteAddress.Of(context), $"affected list read ({page.Rows.Count} of {page.Total})", context.RequestAborted);
                return Results.Ok(page);
            })
            .RequireAuthorization(Policies.ReviewReanalysis);
        return endpoints;
    }
}
