using OmicsReports.Data.Hosting;

namespace OmicsReports.Cli;

/// <summary>Turns expected failures into one clear line on standard error and an exit code, never a stack trace.</summary>
internal static class CliErrors
{
    public static async Task<int> RunAsync(Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception ex) when (DatabaseFailure.Is(ex))
        {
            await Console.Error.WriteLineAsync($"omics: cannot use the database: {ex.GetBaseException().Message}");
            await Console.Error.WriteLineAsync(
                "Check Omics:Database:Provider and ConnectionStrings:Omics (docs/operations.md, \"Databases\"): on SQLite, that the " +
                "data folder is writable; on PostgreSQL, that the server is running (scripts/run.sh --postgres starts one).");
            return ExitCodes.Failure;
        }
        catch (InvalidOperationException ex)
        {
            await Console.Error.WriteLineAsync($"omics: {ex.Message}");
            return ExitCodes.Failure;
        }
    }
}
