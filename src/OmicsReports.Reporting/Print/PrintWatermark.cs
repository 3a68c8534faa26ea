namespace OmicsReports.Reporting.Print;

/// <summary>
/// The diagonal draft mark: a transparent PNG of <see cref="PrintFormat.DraftMark"/> (Print/draft-mark.png, embedded),
/// drawn by Chromium from <see cref="Html"/>. Every draft page shows that one image, rotated, scaled and faded by
/// print.css. As an image it does not interleave slanted letters with the page text that EHRs and pdftotext extract,
/// and the PDF stores it once however many pages show it. Measured alternatives: text through a CSS filter is
/// rasterised again on every page (50 KB and ~100 ms each); drawing the image when Chromium starts cost 0.3–1 s of
/// the 2 s budget for the first export. Regenerate the file after changing the mark (docs/pdf.md);
/// PdfExportTests checks that it still matches <see cref="Html"/>.
/// </summary>
public static class PrintWatermark
{
    public const string Resource = "OmicsReports.Reporting.draft-mark.png";

    /// <summary>The element of <see cref="Html"/> to capture.</summary>
    public const string Selector = "#mark";

    private static readonly Lazy<byte[]> Png = new(ReadResource);
    private static readonly Lazy<string> Url = new(() => "data:image/png;base64," + Convert.ToBase64String(Png.Value));

    /// <summary>
    /// The source of the image: three times the printed size (102 pt instead of 34 pt), so that scaled down into its
    /// 185 mm box it keeps about 330 pixels per inch.
    /// </summary>
    public static string Html { get; } =
        "<!DOCTYPE html><html><body style=\"margin:0;background:transparent\">" +
        $"<div id=\"mark\" style=\"display:inline-block;padding:6px 18px;font-family:{PrintFonts.Stack.Replace('"', '\'')};" +
        "font-weight:700;font-size:102pt;letter-spacing:6pt;white-space:nowrap;color:#b3261e\">" +
        System.Net.WebUtility.HtmlEncode(PrintFormat.DraftMark) + "</div></body></html>";

    public static byte[] Image => Png.Value;

    /// <summary>The image as a data: URL, for the document's inline style.</summary>
    public static string DataUrl => Url.Value;

    private static byte[] ReadResource()
    {
        using var stream = typeof(PrintWatermark).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The resource '{Resource}' is missing; check OmicsReports.Reporting.csproj.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
