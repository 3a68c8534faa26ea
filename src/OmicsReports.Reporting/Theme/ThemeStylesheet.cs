using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.JSInterop;
using MudBlazor;
using MudBlazor.Services;

namespace OmicsReports.Reporting.Theme;

/// <summary>
/// The CSS that <see cref="MudThemeProvider"/> writes for a theme (its custom properties, scrollbar and chart rules),
/// rendered once by MudBlazor's own component and served as one cacheable stylesheet. A page that rendered the
/// provider carried the same 12 kB in a style block on every view; the rules and values are identical, so the
/// screen looks the same.
/// </summary>
public sealed partial class ThemeStylesheet
{
    private ThemeStylesheet(string css)
    {
        Css = css;
        Version = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(css)))[..16];
    }

    /// <summary>The path the web app serves the stylesheet on.</summary>
    public const string Path = "/theme.css";

    /// <summary>The rules, in the order the provider wrote them.</summary>
    public string Css { get; }

    /// <summary>A hash of <see cref="Css"/>: changes whenever the theme or MudBlazor's output does.</summary>
    public string Version { get; }

    /// <summary>The address pages link to; the version in it lets browsers cache the file for good.</summary>
    public string Href => $"theme.css?v={Version}";

    /// <summary>The stylesheet of the screen's theme (<see cref="OmicsTheme.Shipped"/>).</summary>
    public static ThemeStylesheet Shipped { get; } = Render(OmicsTheme.Shipped);

    /// <summary>
    /// Renders <see cref="MudThemeProvider"/> for <paramref name="theme"/> (light, as every page first shows it) and
    /// keeps the contents of its style elements. Throws if the provider wrote anything else, since a stylesheet
    /// could not carry it.
    /// </summary>
    public static ThemeStylesheet Render(MudTheme theme)
    {
        ArgumentNullException.ThrowIfNull(theme);
        var services = new ServiceCollection().AddLogging().AddMudServices()
            .AddSingleton<IJSRuntime, NoScriptRuntime>().BuildServiceProvider();
        try
        {
            using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
            // A theme provider renders synchronously: its markup is built from the theme alone.
            var html = renderer.Dispatcher.InvokeAsync(async () =>
            {
                var output = await renderer.RenderComponentAsync<MudThemeProvider>(ParameterView.FromDictionary(
                    new Dictionary<string, object?> { [nameof(MudThemeProvider.Theme)] = theme })).ConfigureAwait(true);
                return output.ToHtmlString();
            }).GetAwaiter().GetResult();
            return FromProviderHtml(html);
        }
        finally
        {
            // MudBlazor registers services that are only asynchronously disposable.
            services.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>The stylesheet held by the provider's markup: the text of each style element, in order.</summary>
    public static ThemeStylesheet FromProviderHtml(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var css = new StringBuilder();
        foreach (Match style in StyleElement().Matches(html))
        {
            css.Append(style.Groups["css"].Value.Trim()).Append('\n');
        }

        var rest = StyleElement().Replace(html, string.Empty);
        if (!string.IsNullOrWhiteSpace(rest) || css.Length == 0)
        {
            throw new InvalidOperationException(
                $"MudThemeProvider rendered markup other than style elements, which a stylesheet cannot carry: {rest.Trim()[..Math.Min(200, rest.Trim().Length)]}");
        }

        return new ThemeStylesheet(css.ToString());
    }

    [GeneratedRegex(@"<style[^>]*>(?<css>.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex StyleElement();

    /// <summary>Rendering to a string runs no script; a provider that tried would be a change to look at.</summary>
    private sealed class NoScriptRuntime : IJSRuntime
    {
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) =>
            throw new InvalidOperationException($"The theme stylesheet is rendered without a browser; '{identifier}' cannot run.");

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) =>
            InvokeAsync<TValue>(identifier, args);
    }
}
