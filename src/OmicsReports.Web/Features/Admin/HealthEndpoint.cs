using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OmicsReports.Data.Identity;

namespace OmicsReports.Web.Features.Admin;

/// <summary>
/// <c>GET /health</c> for administrators: every registered check with its status and its description, which says what
/// to do (the PDF check names the apt-get line when Chromium is missing). 200 when healthy or degraded, 503 when not.
/// </summary>
internal static class HealthEndpoint
{
    public const string Path = "/health";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static IEndpointRouteBuilder MapHealthEndpoint(this IEndpointRouteBuilder endpoints)
    {
        // Like every endpoint it needs a signed-in user with a role: the descriptions speak of the installation.
        endpoints.MapHealthChecks(Path, new HealthCheckOptions { ResponseWriter = WriteAsync })
            .RequireAuthorization(Policies.Administer);
        return endpoints;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var body = new HealthBody(
            report.Status.ToString(),
            report.Entries.Select(e => new HealthCheckBody(e.Key, e.Value.Status.ToString(), e.Value.Description, e.Value.Data)).ToList());
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Json), context.RequestAborted);
    }

    private sealed record HealthBody(string Status, IReadOnlyList<HealthCheckBody> Checks);

    private sealed record HealthCheckBody(string Name, string Status, string? Description, IReadOnlyDictionary<string, object> Data);
}
