using Microsoft.AspNetCore.Components;

namespace OmicsReports.Web.Features.Account;

/// <summary>Redirects from the static sign-in pages, only ever to a path inside this app.</summary>
internal sealed class IdentityRedirects(NavigationManager navigation)
{
    /// <summary>Navigates to <paramref name="uri"/> if it is local, otherwise to the start page.</summary>
    public void RedirectTo(string? uri)
    {
        navigation.NavigateTo(IsLocal(uri) ? uri! : "/");
    }

    /// <summary>Navigates to a local page with the given query parameters.</summary>
    public void RedirectTo(string path, Dictionary<string, string?> query)
    {
        var pairs = query.Where(p => p.Value is not null).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}");
        var local = path.StartsWith('/') ? path : "/" + path;
        RedirectTo(pairs.Any() ? $"{local}?{string.Join('&', pairs)}" : local);
    }

    /// <summary>True for "/x" paths; false for absolute URLs, "//host" and "/\host" tricks.</summary>
    public static bool IsLocal(string? uri) =>
        !string.IsNullOrEmpty(uri) && uri[0] == '/' && (uri.Length == 1 || (uri[1] != '/' && uri[1] != '\\'));
}
