namespace OmicsReports.Web.Features.Shared;

/// <summary>
/// A page whose id names nothing still shows its own explanation, but answers 404 so that links, crawlers and
/// monitoring see "not found" rather than a successful page. Only the server render has a response to mark; on an
/// interactive circuit the <paramref name="context"/> is null and the page's text says it.
/// </summary>
internal static class NotFoundStatus
{
    public static void Mark(HttpContext? context)
    {
        if (context is null || context.Response.HasStarted)
        {
            return;
        }

        // Set as the response starts, after the page has rendered: a 404 set during rendering makes Blazor give the
        // response to the generic not-found page instead of this page's own explanation.
        var response = context.Response;
        response.OnStarting(() =>
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
    }
}
