using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OmicsReports.Reporting.Pdf;
using OmicsReports.Reporting.Print;

namespace OmicsReports.Reporting.Board;

/// <summary>The reports of a meeting's cases, in the running order, each with the bookmark the packet shows.</summary>
public sealed record BoardPacket(Guid MeetingId, string BoardName, DateTimeOffset ScheduledAt, IReadOnlyList<BoardPacketReport> Reports, DateTimeOffset GeneratedAt);

/// <param name="Bookmark">e.g. "Case 3 · M.L. (report version 2)".</param>
public sealed record BoardPacketReport(PrintRequest Request, string Bookmark);

/// <summary>
/// The meeting's documents, both through the PDF pipeline: the minutes (rendered here with <see cref="HtmlRenderer"/>,
/// printed by <see cref="PdfExporter.ExportDocumentAsync"/>) and the packet (each report exported exactly as on its
/// own, then joined by <see cref="PdfPacket"/>). Register as a singleton beside the exporter.
/// </summary>
public sealed class BoardDocuments(PdfExporter exporter, IServiceProvider services, ILoggerFactory loggerFactory)
{
    private const string MinutesResource = "OmicsReports.Reporting.minutes.css";

    private readonly Lazy<string> stylesheet = new(() => PrintStylesheet.Build(exporter.Options.Fonts) + "\n" + ReadMinutesCss());

    public async Task<PdfFile> MinutesAsync(BoardMinutes minutes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(minutes);
        var title = $"Tumour board minutes: {minutes.BoardName}, {Day(minutes.ScheduledAt)}";
        var html = await ComposeAsync(minutes, title);
        var metadata = Metadata(title, minutes.MeetingId, minutes.Preliminary ? "preliminary" : "final", minutes.GeneratedAt,
            $"Minutes of the {minutes.BoardName} on {Day(minutes.ScheduledAt)}: {minutes.Cases.Count} case(s) with key findings and decisions");
        return await exporter.ExportDocumentAsync(html, metadata, FileName(minutes.MeetingId, minutes.ScheduledAt, "minutes"), cancellationToken);
    }

    public async Task<PdfFile> PacketAsync(BoardPacket packet, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(packet);
        if (packet.Reports.Count == 0)
        {
            throw new ArgumentException("The meeting has no case, so there is no packet to print.", nameof(packet));
        }

        var parts = new List<PdfPacketPart>();
        foreach (var report in packet.Reports)
        {
            var file = await exporter.ExportAsync(report.Request, cancellationToken);
            parts.Add(new PdfPacketPart(file.Content, report.Bookmark));
        }

        var title = $"Tumour board packet: {packet.BoardName}, {Day(packet.ScheduledAt)}";
        var metadata = Metadata(title, packet.MeetingId, "packet", packet.GeneratedAt,
            $"The reports of the {packet.Reports.Count} case(s) on the agenda of the {packet.BoardName}, in the running order");
        var content = PdfInfoWriter.Append(PdfPacket.Join(parts), metadata);
        return new PdfFile(content, FileName(packet.MeetingId, packet.ScheduledAt, "packet"), metadata);
    }

    private async Task<PrintedHtml> ComposeAsync(BoardMinutes minutes, string title)
    {
        // A scope per document: in a web host the renderer needs scoped component services, which the root refuses.
        await using var scope = services.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggerFactory);
        // Inside the dispatcher every await resumes on it (ConfigureAwait(true)): rendering off it throws.
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var document = await renderer.RenderComponentAsync<BoardMinutesDocument>(ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(BoardMinutesDocument.Minutes)] = minutes,
                [nameof(BoardMinutesDocument.Title)] = title,
                [nameof(BoardMinutesDocument.Stylesheet)] = stylesheet.Value,
            })).ConfigureAwait(true);
            var margins = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(BoardMinutesHeader.Minutes)] = minutes });
            var header = await renderer.RenderComponentAsync<BoardMinutesHeader>(margins).ConfigureAwait(true);
            var footer = await renderer.RenderComponentAsync<BoardMinutesFooter>(margins).ConfigureAwait(true);
            return new PrintedHtml("<!DOCTYPE html>\n" + document.ToHtmlString(), header.ToHtmlString(), footer.ToHtmlString());
        }).ConfigureAwait(false);
    }

    private PdfMetadata Metadata(string title, Guid meetingId, string status, DateTimeOffset created, string subject)
    {
        var organization = exporter.Options.Organization;
        return new PdfMetadata(
            Title: title,
            Author: organization,
            Subject: subject,
            Keywords: string.Join("; ", $"tumour board meeting {meetingId}", status, "OmicsReports"),
            Creator: organization == "OmicsReports" ? "OmicsReports" : $"OmicsReports ({organization})",
            Producer: "Chromium (Skia/PDF), document information by OmicsReports",
            Created: created);
    }

    /// <summary>"tumour-board_2026-11-24_1a2b3c4d_minutes.pdf": date and meeting, never a patient.</summary>
    private static string FileName(Guid meetingId, DateTimeOffset at, string what) =>
        $"tumour-board_{Day(at)}_{meetingId.ToString("N")[..8]}_{what}.pdf";

    private static string Day(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string ReadMinutesCss()
    {
        using var stream = typeof(BoardDocuments).Assembly.GetManifestResourceStream(MinutesResource)
            ?? throw new InvalidOperationException($"The stylesheet resource '{MinutesResource}' is missing; check OmicsReports.Reporting.csproj.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

public static class BoardDocumentsServiceCollectionExtensions
{
    /// <summary>Adds <see cref="BoardDocuments"/>; the PDF export itself comes from <see cref="PdfServiceCollectionExtensions.AddOmicsPdf"/>.</summary>
    public static IServiceCollection AddOmicsBoardDocuments(this IServiceCollection services)
    {
        services.AddSingleton<BoardDocuments>();
        return services;
    }
}
