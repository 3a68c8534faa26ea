namespace OmicsReports.Web.Features.Api;

/// <summary>Settings of the laboratory API (section <c>Omics:Api</c>; docs/interop.md, "Clients and scopes").</summary>
internal sealed class ApiOptions
{
    public const string Section = "Omics:Api";

    /// <summary>How long an access token lives; short, because a token cannot be withdrawn before it ends.</summary>
    public int TokenMinutes { get; set; } = 15;

    /// <summary>Requests per minute per client (or per address at the token endpoint) before 429.</summary>
    public int PermitsPerMinute { get; set; } = 120;
}

/// <summary>Names shared by the API's authentication, authorization and token issuing.</summary>
internal static class ApiAuth
{
    /// <summary>The bearer-token scheme; users' cookies are not accepted on /api/v1, tokens nowhere else.</summary>
    public const string Scheme = "ApiClient";

    public const string Issuer = "omicsreports";

    public const string Audience = "omicsreports-api";

    public const string ImportPolicy = "ApiImport";

    public const string ReadPolicy = "ApiRead";

    /// <summary>The OpenAPI document: any API client, or an Admin reading the reference page.</summary>
    public const string DocsPolicy = "ApiDocs";

    public const string Prefix = "/api/v1";

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase);
}
