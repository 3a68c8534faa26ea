using Microsoft.AspNetCore.Authentication.Cookies;

namespace OmicsReports.Web.Hosting;

/// <summary>
/// Machine-facing endpoints (under /api, and /health) answer as APIs do: a refusal is 401 or 403 problem JSON,
/// never a redirect to the HTML sign-in page that a script cannot follow.
/// </summary>
internal static class ApiResponses
{
    public static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) ||
        request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase);

    /// <summary>Lets the cookie scheme redirect pages as before, and answers API requests with problem JSON.</summary>
    public static void AnswerApisWithProblems(CookieAuthenticationEvents events)
    {
        var redirectToLogin = events.OnRedirectToLogin;
        var redirectToAccessDenied = events.OnRedirectToAccessDenied;
        events.OnRedirectToLogin = context => IsApi(context.Request)
            ? WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized, "Sign-in required", "This endpoint needs a signed-in session.")
            : redirectToLogin(context);
        events.OnRedirectToAccessDenied = context => IsApi(context.Request)
            ? WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden, "Not allowed", "Your role does not allow this request.")
            : redirectToAccessDenied(context);
    }

    /// <summary>A 404 problem for an id that names nothing; says nothing about what exists.</summary>
    public static IResult NotFound() =>
        TypedResults.Problem("Nothing was found for this address. It may come from an old link.", title: "Not found", statusCode: StatusCodes.Status404NotFound);

    private static Task WriteAsync(HttpContext context, int status, string title, string detail) =>
        Results.Problem(detail, title: title, statusCode: status).ExecuteAsync(context);
}
