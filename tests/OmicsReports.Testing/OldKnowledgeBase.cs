using System.Diagnostics;

namespace OmicsReports.Testing;

/// <summary>
/// Knowledge-base release 2026.11.2 as the repository recorded it (commit 078c9fc), extracted once per test run with
/// <c>git archive</c> into a temporary folder: the release before the shipped one, for reanalysis tests. Needs the
/// checkout's history (a clone, not an export).
/// </summary>
public static class OldKnowledgeBase
{
    public const string Commit = "078c9fc";

    public const string Version = "2026.11.2";

    private static readonly Lazy<string> Extracted = new(Extract);

    /// <summary>The folder of release 2026.11.2.</summary>
    public static string Folder => Extracted.Value;

    /// <summary>The shipped knowledge base of this checkout.</summary>
    public static string Shipped => Path.Combine(Checkout(), "knowledge");

    public static string Checkout()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OmicsReports.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The checkout was not found above the test binaries.");
    }

    private static string Extract()
    {
        var target = Directory.CreateTempSubdirectory("omics-kb-2026.11.2-").FullName;
        var archive = Path.Combine(target, "kb.tar");
        Run("git", ["-C", Checkout(), "archive", "--output", archive, Commit, "knowledge"]);
        Run("tar", ["-x", "-f", archive, "-C", target]);
        return Path.Combine(target, "knowledge");
    }

    private static void Run(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed: {error}. Reanalysis tests need the git history of the checkout.");
        }
    }
}
