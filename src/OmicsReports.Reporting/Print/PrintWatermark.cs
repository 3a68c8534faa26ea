namespace OmicsReports.Reporting.Print;

/// <summary>
/// The diagonal draft mark. Chromium renders <see cref="Html"/> to a PNG once per process; every draft page then
/// shows that one image, rotated and faded by print.css. As an image it neither interleaves its slanted letters with
/// the page text that EHRs and pdftotext extract, nor costs much: the PDF stores it once however many pages use it.
/// (Painting the same text through a CSS filter would rasterise it again on every page: 50 KB and ~100 ms each.)
/// </summary>
public static class PrintWatermark
{
    /// <summary>The element of <see cref="Html"/> to capture.</summary>
    public const string Selector = "#mark";

    /// <summary>Capture at 3× so that the mark stays sharp at print resolution (about 330 ppi on A4).</summary>
    public const float Scale = 3;

    public static string Html { get; } =
        "<!DOCTYPE html><html><body style=\"margin:0;background:transparent\">" +
        $"<div id=\"mark\" style=\"display:inline-block;padding:2px 6px;font-family:{PrintFonts.Stack.Replace('"', '\'')};" +
        "font-weight:700;font-size:34pt;letter-spacing:2pt;white-space:nowrap;color:#b3261e\">" +
        System.Net.WebUtility.HtmlEncode(PrintFormat.DraftMark) + "</div></body></html>";

    public static string DataUrl(byte[] png) => "data:image/png;base64," + Convert.ToBase64String(png);
}
