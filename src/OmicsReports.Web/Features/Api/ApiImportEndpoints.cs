using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using OmicsReports.Data.Api;
using OmicsReports.Data.Pipeline;
using OmicsReports.Domain.Cases;
using OmicsReports.Web.Features.Account;

namespace OmicsReports.Web.Features.Api;

/// <summary>An accepted import: where to follow it.</summary>
internal sealed record ImportAccepted(Guid Id, string Status, string StatusUrl);

/// <summary>An import's state; once done, the versions it stored and the warnings to show on them.</summary>
internal sealed record ImportState(Guid Id, string Status, DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt,
    IReadOnlyList<ImportedVersionLink> Versions, IReadOnlyList<LocatedProblem> Warnings);

internal sealed record ImportedVersionLink(Guid CaseId, int Version, string SampleId, string Report);

/// <summary>
/// POST /api/v1/imports takes the files of one upload as multipart/form-data (a case bundle, a zipped cBioPortal
/// study, a VCF with fusion and expression files, a PharmCAT report or a FHIR bundle, as the web import) and answers
/// 202 with the import's id; GET /api/v1/imports/{id} follows it.
/// </summary>
internal static class ApiImportEndpoints
{
    private const int MaxFiles = 20;
    private const long MaxTotalBytes = 200L * 1024 * 1024;
    private const string KeyHeader = "Idempotency-Key";

    public static void MapImportEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/imports", PostAsync).RequireAuthorization(ApiAuth.ImportPolicy).DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(MaxTotalBytes + (1024 * 1024)))
            .WithFormOptions(multipartBodyLengthLimit: MaxTotalBytes)
            .Accepts<IFormFileCollection>("multipart/form-data")
            .Produces<ImportAccepted>(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Import one upload, all or nothing. An Idempotency-Key header makes a retry return the first import.");
        api.MapGet("/imports/{id:guid}", GetAsync).RequireAuthorization(ApiAuth.ImportPolicy)
            .Produces<ImportState>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("An import's status: queued, running, done (with the stored versions) or failed (problem JSON with located errors).");
    }

    private static async Task<IResult> PostAsync(HttpContext context, ClaimsPrincipal user, ApiImports imports, ApiImportQueue queue)
    {
        var key = context.Request.Headers[KeyHeader].ToString();
        if (key.Length > 128 || key.Any(char.IsControl))
        {
            return ApiProblems.Problem(StatusCodes.Status400BadRequest, "Bad Idempotency-Key", "The Idempotency-Key header must be at most 128 printable characters.");
        }

        if (!context.Request.HasFormContentType)
        {
            return ApiProblems.Problem(StatusCodes.Status415UnsupportedMediaType, "Multipart form expected", "Post the files as multipart/form-data, one part per file.");
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var refusal = Check(form.Files);
        if (refusal is not null)
        {
            return ApiProblems.ImportRefused(StatusCodes.Status400BadRequest, "Upload refused", "Nothing was stored.", [refusal]);
        }

        var files = new List<UploadedFile>();
        foreach (var file in form.Files)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, context.RequestAborted);
            files.Add(new UploadedFile(file.FileName, buffer.ToArray()));
        }

        var clientId = Guid.Parse(user.FindFirstValue(ApiScopes.ClientIdClaim)!);
        var fingerprint = Fingerprint(files);
        var (import, existing) = await imports.BeginAsync(clientId, key.Length > 0 ? key : null, fingerprint, context.RequestAborted);
        if (existing && import.RequestSha256 != fingerprint)
        {
            return ApiProblems.Problem(StatusCodes.Status422UnprocessableEntity, "Idempotency-Key reused",
                "This Idempotency-Key was used for different files; use a new key for a new upload.", new Dictionary<string, object?> { ["importId"] = import.Id });
        }

        if (!existing && !queue.TryEnqueue(new ApiImportJob(import.Id, user, RemoteAddress.Of(context), files)))
        {
            await imports.AbandonAsync(import.Id, context.RequestAborted);
            context.Response.Headers.RetryAfter = "30";
            return ApiProblems.Problem(StatusCodes.Status503ServiceUnavailable, "Import queue full", "Other imports are running; nothing was stored. Try again later.");
        }

        var url = $"{ApiAuth.Prefix}/imports/{import.Id}";
        return TypedResults.Accepted(url, new ImportAccepted(import.Id, import.Status, url));
    }

    private static async Task<IResult> GetAsync(Guid id, ClaimsPrincipal user, ApiImports imports, CancellationToken cancellationToken)
    {
        var clientId = Guid.Parse(user.FindFirstValue(ApiScopes.ClientIdClaim)!);
        var import = await imports.FindAsync(clientId, id, cancellationToken);
        if (import is null)
        {
            return ApiProblems.Problem(StatusCodes.Status404NotFound, "Not found", "This client has no import with that id.");
        }

        var result = ApiImportResult.FromJson(import.ResultJson);
        if (import.Status == ApiImportStatus.Failed)
        {
            return ApiProblems.ImportRefused(StatusCodes.Status422UnprocessableEntity, "Import refused", "Nothing was stored.", result.Problems, import.Id);
        }

        var versions = result.Versions
            .Select(v => new ImportedVersionLink(v.CaseId, v.Version, v.SampleId, $"{ApiAuth.Prefix}/cases/{v.CaseId}/reports/{v.Version}/report.json")).ToList();
        var warnings = result.Problems.Where(p => p.Severity == ProblemSeverity.Warning).Select(ApiProblems.Located).ToList();
        return TypedResults.Ok(new ImportState(import.Id, import.Status, import.CreatedAt, import.CompletedAt, versions, warnings));
    }

    private static ImportProblem? Check(IFormFileCollection files) => files switch
    {
        { Count: 0 } => ImportProblem.Error("no-files", "(upload)", 0, null, "The request holds no file part."),
        { Count: > MaxFiles } => ImportProblem.Error("too-many-files", "(upload)", 0, null, $"Post at most {MaxFiles} files at a time."),
        _ when files.Sum(f => f.Length) > MaxTotalBytes => ImportProblem.Error("too-large", "(upload)", 0, null, "Together the files are larger than 200 MB."),
        _ => null,
    };

    /// <summary>Names and contents in order, so the same upload has the same fingerprint on every retry.</summary>
    private static string Fingerprint(IReadOnlyList<UploadedFile> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file.Name + "\n" + file.Content.Length + "\n"));
            hash.AppendData(file.Content.Span);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
