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
            await Console.Error.WriteLineAsync("Is PostgreSQL running and is ConnectionStrings:Omics right? scripts/run.sh starts it.");
            return ExitCodes.Failure;
        }
        catch (InvalidOperationException ex)
        {
            await Console.Error.WriteLineAsync($"omics: {ex.Message}");
            return ExitCodes.Failure;
        }
    }
}
