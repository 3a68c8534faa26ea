using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace OmicsReports.Web.Hosting;

/// <summary>
/// Behind a TLS-terminating reverse proxy the app must see the client's address (for the audit trail) and the https
/// scheme (so cookies are Secure and HSTS is sent). X-Forwarded-For and X-Forwarded-Proto are believed only from the
/// proxies named in <c>Omics:ForwardedHeaders</c>; with none named they are ignored, even from loopback.
/// </summary>
internal static class ForwardedHeadersSetup
{
    public const string Section = "Omics:ForwardedHeaders";

    public static IServiceCollection AddOmicsForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var proxies = section.GetSection("KnownProxies").Get<string[]>() ?? [];
        var networks = section.GetSection("KnownNetworks").Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The framework trusts loopback by default; only what the settings name counts here.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            options.ForwardLimit = section.GetValue("ForwardLimit", 1);
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                    ? address
                    : throw new InvalidOperationException($"{Section}:KnownProxies has '{proxy}', which is not an IP address."));
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed)
                    ? parsed
                    : throw new InvalidOperationException($"{Section}:KnownNetworks has '{network}', which is not a network such as 10.0.0.0/8."));
            }
        });
        return services;
    }

    /// <summary>Applies forwarded headers when a proxy is configured; otherwise the middleware is left out entirely.</summary>
    public static IApplicationBuilder UseOmicsForwardedHeaders(this IApplicationBuilder app, IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var configured = section.GetSection("KnownProxies").GetChildren().Any() || section.GetSection("KnownNetworks").GetChildren().Any();
        // An empty list of known proxies would make the middleware trust everyone, so it runs only with a list.
        return configured ? app.UseForwardedHeaders() : app;
    }
}
