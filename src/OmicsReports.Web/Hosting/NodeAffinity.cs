using System.Text.RegularExpressions;

namespace OmicsReports.Web.Hosting;

/// <summary>This app process's name among the nodes of a cluster (<c>Omics:Node:Name</c>); generated when not set.</summary>
internal sealed partial class NodeIdentity
{
    public NodeIdentity(IConfiguration configuration)
    {
        var configured = configuration["Omics:Node:Name"];
        if (string.IsNullOrEmpty(configured))
        {
            Name = $"{Environment.MachineName}-{Environment.ProcessId}";
            return;
        }

        // The name travels in a cookie and is matched by the proxy's configuration: keep it to plain characters.
        Name = SafeName().IsMatch(configured)
            ? configured
            : throw new InvalidOperationException($"Omics:Node:Name is '{configured}'; use letters, digits, '-' and '_' only.");
        Named = true;
    }

    public string Name { get; }

    /// <summary>True when the settings name this node (a cluster): only then is the affinity cookie set.</summary>
    public bool Named { get; }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,40}$")]
    private static partial Regex SafeName();
}

/// <summary>
/// Sticky sessions behind nginx without a sticky module: each named node stamps the browser with its name in the
/// <c>omics_node</c> cookie, and nginx maps that cookie to an upstream whose first server is that node and whose
/// backup is another. A browser sent to another node (its own died) is stamped with the new node's name and stays
/// there. The cookie holds a node's name only; it is not a credential.
/// </summary>
internal static class NodeAffinity
{
    public const string CookieName = "omics_node";

    public static IApplicationBuilder UseNodeAffinity(this IApplicationBuilder app)
    {
        var node = app.ApplicationServices.GetRequiredService<NodeIdentity>();
        if (!node.Named)
        {
            return app;
        }

        return app.Use((context, next) =>
        {
            if (!string.Equals(context.Request.Cookies[CookieName], node.Name, StringComparison.Ordinal))
            {
                context.Response.Cookies.Append(CookieName, node.Name, new CookieOptions
                {
                    Path = "/",
                    HttpOnly = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = context.Request.IsHttps,
                    IsEssential = true,
                });
            }

            return next(context);
        });
    }
}
