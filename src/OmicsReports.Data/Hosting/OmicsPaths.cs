using Microsoft.Extensions.Configuration;

namespace OmicsReports.Data.Hosting;

/// <summary>Resolves folders named in the settings against the deployment folder.</summary>
public static class OmicsPaths
{
    /// <summary>Configuration key under which <see cref="OmicsConfiguration"/> records the deployment folder.</summary>
    public const string HomeKey = "Omics:Home";

    /// <summary>Environment variable that moves the data folder (the SQLite file, keys, the private cluster).</summary>
    public const string DataVariable = "OMICS_DATA";

    /// <summary>Setting that moves the data folder when the environment variable is not set.</summary>
    public const string DataKey = "Omics:DataPath";

    /// <summary>The deployment folder, or the working directory when the settings were not loaded through it.</summary>
    public static string Home(IConfiguration configuration) =>
        configuration[HomeKey] is { Length: > 0 } home ? home : Directory.GetCurrentDirectory();

    /// <summary>A path from the settings, made absolute relative to the deployment folder.</summary>
    public static string Resolve(IConfiguration configuration, string path) =>
        Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(Home(configuration), path));

    /// <summary>
    /// The folder for what the app writes (git-ignored in a checkout): <c>OMICS_DATA</c>, else <c>Omics:DataPath</c>,
    /// else <c>.omics</c> in the deployment folder.
    /// </summary>
    public static string DataFolder(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = Environment.GetEnvironmentVariable(DataVariable);
        if (string.IsNullOrWhiteSpace(configured))
        {
            configured = configuration[DataKey];
        }

        return Resolve(configuration, string.IsNullOrWhiteSpace(configured) ? ".omics" : configured);
    }
}
