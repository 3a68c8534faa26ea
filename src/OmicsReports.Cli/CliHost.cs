using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using OmicsReports.Data;
using OmicsReports.Data.Hosting;

namespace OmicsReports.Cli;

/// <summary>The services the database commands need, configured from the same settings as the web app.</summary>
internal static class CliHost
{
    public static IHost BuildDatabaseHost()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = false });
        builder.Configuration.AddOmicsSettings(builder.Environment.EnvironmentName);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("OmicsReports", LogLevel.Information);
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.AddOmicsData();
        builder.Services.AddOmicsIdentityCore(builder.Configuration);
        return builder.Build();
    }
}
