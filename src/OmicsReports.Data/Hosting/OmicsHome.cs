namespace OmicsReports.Data.Hosting;

/// <summary>
/// Finds the deployment folder that holds the top-level <c>appsettings.json</c> and <c>knowledge/</c>.
/// Both the web app and the <c>omics</c> command line read their settings from there, so one file configures a
/// whole installation.
/// </summary>
public static class OmicsHome
{
    /// <summary>Environment variable that names the deployment folder explicitly.</summary>
    public const string Variable = "OMICS_HOME";

    private const string SettingsFile = "appsettings.json";
    private const string SolutionMarker = "OmicsReports.sln";

    /// <summary>
    /// Resolves the deployment folder: <c>OMICS_HOME</c> if set; otherwise the nearest ancestor of the working
    /// directory or of the application that holds the solution and its settings (a source checkout); otherwise
    /// the application folder (a published build, where the settings are copied beside the binaries).
    /// </summary>
    public static string Resolve()
    {
        var explicitHome = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(explicitHome))
        {
            var full = Path.GetFullPath(explicitHome);
            if (!File.Exists(Path.Combine(full, SettingsFile)))
            {
                throw new InvalidOperationException(
                    $"{Variable} is set to '{full}', but that folder has no {SettingsFile}.");
            }

            return full;
        }

        return FindCheckout(Directory.GetCurrentDirectory())
            ?? FindCheckout(AppContext.BaseDirectory)
            ?? AppContext.BaseDirectory;
    }

    private static string? FindCheckout(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionMarker)) &&
                File.Exists(Path.Combine(dir.FullName, SettingsFile)))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
