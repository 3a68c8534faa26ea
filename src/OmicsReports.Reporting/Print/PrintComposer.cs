using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OmicsReports.Reporting.Print;

/// <summary>The HTML Chromium prints: the document, and the header and footer templates drawn in the margins.</summary>
public sealed record PrintedHtml(string Document, string HeaderTemplate, string FooterTemplate);

/// <summary>
/// Renders the print components to HTML on the server with Blazor's <see cref="HtmlRenderer"/>: the same Razor
/// components and design tokens as the screen, no second layout engine. Thread-safe; each call has its own renderer.
/// </summary>
/// <param name="services">The app's services, so that shared report components can inject what they need.</param>
public sealed class PrintComposer(IServiceProvider services, ILoggerFactory loggerFactory, FontEmbedding fonts)
{
    private readonly Lazy<string> stylesheet = new(() => PrintStylesheet.Build(fonts));

    public async Task<PrintedHtml> ComposeAsync(PrintRequest request, string title)
    {
        ArgumentNullException.ThrowIfNull(request);
        // A scope per document: in a web host the renderer needs scoped component services, which the root refuses.
        await using var scope = services.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggerFactory);
        // Inside the dispatcher every await resumes on it (ConfigureAwait(true)): rendering off it throws.
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var document = await renderer.RenderComponentAsync<PrintDocument>(ParameterView.FromDictionary(
                new Dictionary<string, object?>
                {
                    [nameof(PrintDocument.Request)] = request,
                    [nameof(PrintDocument.Title)] = title,
                    [nameof(PrintDocument.Stylesheet)] = stylesheet.Value,
                })).ConfigureAwait(true);
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["Request"] = request });
            var header = await renderer.RenderComponentAsync<PrintRunningHeader>(parameters).ConfigureAwait(true);
            var footer = await renderer.RenderComponentAsync<PrintRunningFooter>(parameters).ConfigureAwait(true);
            return new PrintedHtml("<!DOCTYPE html>\n" + document.ToHtmlString(), header.ToHtmlString(), footer.ToHtmlString());
        }).ConfigureAwait(false);
    }
}
