namespace OmicsReports.Data.Api;

/// <summary>What a machine client may do; a token carries the scopes its client was granted.</summary>
public static class ApiScopes
{
    /// <summary>Post results for import and follow the imports.</summary>
    public const string Import = "import";

    /// <summary>Read reports (JSON, PDF, FHIR, HL7 v2) and list changed cases.</summary>
    public const string Read = "read";

    /// <summary>The claim that carries the scopes (RFC 8693, section 4.2: space-separated).</summary>
    public const string Claim = "scope";

    /// <summary>The claim that carries the client's id.</summary>
    public const string ClientIdClaim = "client_id";

    public static IReadOnlyList<string> All { get; } = [Import, Read];

    /// <summary>Parses "import,read" or "import read"; returns null and the unknown names when one is not a scope.</summary>
    public static (IReadOnlyList<string>? Scopes, IReadOnlyList<string> Unknown) Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var names = text.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => n.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
        var unknown = names.Where(n => !All.Contains(n)).ToList();
        return unknown.Count > 0 || names.Count == 0 ? (null, unknown) : (names, []);
    }

    /// <summary>Whether a token's principal was granted <paramref name="scope"/>.</summary>
    public static bool Has(System.Security.Claims.ClaimsPrincipal user, string scope)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.HasClaim(c => c.Type == ClientIdClaim) &&
            user.FindAll(Claim).SelectMany(c => c.Value.Split(' ')).Contains(scope, StringComparer.Ordinal);
    }
}
