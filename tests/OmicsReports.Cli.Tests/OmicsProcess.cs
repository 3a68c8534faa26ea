using System.Diagnostics;

namespace OmicsReports.Cli.Tests;

/// <summary>Runs the built <c>omics</c> command as a separate process, as an operator would.</summary>
internal static class OmicsProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Task<Result> RunAsync(IEnumerable<string> arguments, IDictionary<string, string?> environment, string? stdin = null) =>
        RunAsync(Path.Combine(AppContext.BaseDirectory, "omics.dll"), arguments, environment, stdin);

    /// <summary>Runs an <c>omics.dll</c> at another place, from another working folder when one is given.</summary>
    public static async Task<Result> RunAsync(string omicsDll, IEnumerable<string> arguments, IDictionary<string, string?> environment, string? stdin = null, string? workingFolder = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingFolder ?? Directory.GetCurrentDirectory(),
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(omicsDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        if (stdin is not null)
        {
            await process.StandardInput.WriteLineAsync(stdin);
        }

        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // A guard against a hung command, not a speed limit: a loaded 2-core machine can take a minute to start
        // .NET and build the EF model, so the limit is generous and a command that passes it is killed.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"omics {string.Join(' ', start.ArgumentList.Skip(1))} did not finish within 5 minutes.");
        }

        return new Result(process.ExitCode, await stdout, await stderr);
    }
}
