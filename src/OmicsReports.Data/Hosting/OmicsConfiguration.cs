using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace OmicsReports.Data.Hosting;

/// <summary>Adds the deployment's settings files beneath whatever the host already reads from the environment.</summary>
public static class OmicsConfiguration
{
    /// <summary>Environment variable with the URLs the web app listens on; overrides <c>Urls</c> in the settings.</summary>
    public const string UrlsVariable = "OMICS_URLS";

    /// <summary>
    /// Inserts <c>appsettings.json</c> and <c>appsettings.{environment}.json</c> from the deployment folder at the
    /// lowest precedence, so environment variables and command-line arguments still override them.
    /// </summary>
    /// <returns>The deployment folder the files were read from.</returns>
    public static string AddOmicsSettings(this IConfigurationManager configuration, string environmentName)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var home = OmicsHome.Resolve();
        var files = new PhysicalFileProvider(home);
        configuration.Sources.Insert(0, JsonSource(files, "appsettings.json", optional: false));
        configuration.Sources.Insert(1, JsonSource(files, $"appsettings.{environmentName}.json", optional: true));

        var urls = Environment.GetEnvironmentVariable(UrlsVariable);
        if (!string.IsNullOrWhiteSpace(urls))
        {
            configuration["Urls"] = urls;
        }

        configuration[OmicsPaths.HomeKey] = home;
        return home;
    }

    private static JsonConfigurationSource JsonSource(IFileProvider files, string path, bool optional) => new()
    {
        FileProvider = files,
        Path = path,
        Optional = optional,
        ReloadOnChange = false,
    };
}
