using Microsoft.Extensions.Configuration;

namespace OmicsReports.Data.Hosting;

/// <summary>Resolves folders named in the settings against the deployment folder.</summary>
public static class OmicsPaths
{
    /// <summary>Configuration key under which <see cref="OmicsConfiguration"/> records the deployment folder.</summary>
    public const string HomeKey = "Omics:Home";

    /// <summary>The deployment folder, or the working directory when the settings were not loaded through it.</summary>
    public static string Home(IConfiguration configuration) =>
        configuration[HomeKey] is { Length: > 0 } home ? home : Directory.GetCurrentDirectory();

    /// <summary>A path from the settings, made absolute relative to the deployment folder.</summary>
    public static string Resolve(IConfiguration configuration, string path) =>
        Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(Home(configuration), path));
}
