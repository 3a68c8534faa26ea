using OmicsReports.Domain.Cases;

namespace OmicsReports.Web.Features.Api;

/// <summary>The API's refusals as RFC 9457 problem JSON, with located import errors where there are some.</summary>
internal static class ApiProblems
{
    public static IResult Problem(int status, string title, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail, title: title, statusCode: status, extensions: extensions);

    public static Task WriteAsync(HttpContext context, int status, string title, string detail) =>
        Problem(status, title, detail).ExecuteAsync(context);

    /// <summary>Import errors: each names its file, line and column (0 and null when the problem has no place).</summary>
    public static IResult ImportRefused(int status, string title, string detail, IEnumerable<ImportProblem> problems, Guid? importId = null)
    {
        var extensions = new Dictionary<string, object?>
        {
            ["errors"] = problems.Where(p => p.Severity == ProblemSeverity.Error).Select(Located).ToList(),
            ["warnings"] = problems.Where(p => p.Severity == ProblemSeverity.Warning).Select(Located).ToList(),
        };
        if (importId is { } id)
        {
            extensions["importId"] = id;
            extensions["importStatus"] = Data.Api.ApiImportStatus.Failed;
        }

        return Problem(status, title, detail, extensions);
    }

    public static LocatedProblem Located(ImportProblem problem) => new(problem.Code, problem.File, problem.Line, problem.Column, problem.Message);
}

/// <summary>One import problem as the API lists it.</summary>
internal sealed record LocatedProblem(string Code, string File, int Line, int? Column, string Message);
