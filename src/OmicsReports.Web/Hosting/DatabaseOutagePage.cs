using OmicsReports.Data.Hosting;

namespace OmicsReports.Web.Hosting;

/// <summary>
/// While the database is down (a PostgreSQL restart, say), a page or API request answers 503 with "The database is
/// unavailable; retry in a moment" and Retry-After, instead of the error page or, in Development, a stack trace.
/// The app itself needs no restart: the next request after the database returns opens new connections
/// (<see cref="Data.Storage.StaleConnectionRetry"/> clears the dead ones).
/// </summary>
internal static partial class DatabaseOutagePage
{
    private const int RetryAfterSeconds = 5;

    /// <summary>Inside the exception handler, so it sees the exception first.</summary>
    public static IApplicationBuilder UseDatabaseOutagePage(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("OmicsReports.DatabaseOutage");
        return app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception ex) when (DatabaseOutage.Is(ex) && !context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
            {
                // The message names the failure only (no query, no data); the person sees no trace at all.
                LogOutage(logger, context.Request.Path, ex.GetBaseException().Message);
                await BusyResponse.WriteAsync(context, RetryAfterSeconds, BusyResponse.DatabaseDown);
            }
        });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database unavailable while serving {Path}: {Reason}")]
    private static partial void LogOutage(ILogger logger, PathString path, string reason);
}
